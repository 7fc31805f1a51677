using Oberig.Core.Geodesy;
using Oberig.Core.Time;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Model;

namespace Oberig.Engine.Tests;

/// <summary>Small scenarios built in code, so engine tests do not depend on the file loader or the catalog's numbers.</summary>
internal static class TestScenarios
{
    public static readonly Geodetic Kyiv = new(50.4501, 30.5234, 0);

    public static ThreatType Drone(double speed = 50) => new()
    {
        Id = "test-drone", Name = "Test drone", Kind = ThreatKind.Drone,
        CruiseSpeedMps = speed, TerminalSpeedMps = speed * 1.2, CruiseAltitudeM = 500, TerminalDiveRangeM = 1000,
        MaxClimbRateMps = 5, MaxTurnRateDegPerS = 3, RangeM = 2_000_000, RcsM2 = 0.1, UnitCostEur = 50_000,
        WarheadKg = 50, DamageFraction = 0.1,
        Sources = new Dictionary<string, string>(),
    };

    public static DefendedAsset City(double radius = 5000) => new("city", "City", Kyiv, 100, radius);

    public static ScenarioDefinition Raid(int count, double spacingS, double launchRadiusM = 0, double durationS = 3600,
        double stepS = 1, double distanceNorthKm = 30, ThreatType? threat = null, double firstLaunchS = 0)
    {
        var city = City();
        var launch = new LocalFrame(Kyiv).ToGeodetic(new Enu(0, distanceNorthKm * 1000, 0)).WithHeight(0);
        return new ScenarioDefinition
        {
            Name = "test",
            Area = new GeoArea(49, 29, 52, 32),
            Settings = new SimulationSettings
            {
                Duration = SimDuration.FromSeconds(durationS), Step = SimDuration.FromSeconds(stepS), Seed = 7, Replications = 3,
            },
            Assets = [city],
            Sensors = [],
            FireUnits = [],
            Raids =
            [
                new Raid
                {
                    Id = "north", Threat = threat ?? Drone(), Count = count, Launch = new LaunchArea(launch, launchRadiusM),
                    FirstLaunch = SimTime.FromSeconds(firstLaunchS), Spacing = SimDuration.FromSeconds(spacingS),
                    Target = city, Route = [], AimPoint = city.Position,
                },
            ],
        };
    }
}
