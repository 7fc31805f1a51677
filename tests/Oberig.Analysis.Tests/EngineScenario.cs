using Oberig.Core.Geodesy;
using Oberig.Core.Time;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Model;

namespace Oberig.Analysis.Tests;

/// <summary>A small undefended raid built in code.</summary>
internal static class EngineScenario
{
    public static ScenarioDefinition Raid(int count, double launchRadiusM = 0)
    {
        var kyiv = new Geodetic(50.45, 30.52, 0);
        var city = new DefendedAsset("city", "City", kyiv, 100, 5000);
        var drone = new ThreatType
        {
            Id = "test-drone", Name = "Test drone", Kind = ThreatKind.Drone, CruiseSpeedMps = 60, TerminalSpeedMps = 70,
            CruiseAltitudeM = 300, TerminalDiveRangeM = 800, MaxClimbRateMps = 5, MaxTurnRateDegPerS = 3,
            RangeM = 1_000_000, RcsM2 = 0.1, UnitCostEur = 40_000, WarheadKg = 40, DamageFraction = 0.05,
            Sources = new Dictionary<string, string>(),
        };
        var launch = new LocalFrame(kyiv).ToGeodetic(new Enu(20_000, 0, 0)).WithHeight(0);
        return new ScenarioDefinition
        {
            Name = "store-test",
            Area = new GeoArea(49, 29, 52, 32),
            Settings = new SimulationSettings { Duration = SimDuration.FromSeconds(3600), Step = SimDuration.FromSeconds(1), Seed = 7, Replications = 3 },
            Assets = [city], Sensors = [], FireUnits = [],
            Raids =
            [
                new Raid
                {
                    Id = "east", Threat = drone, Count = count, Launch = new LaunchArea(launch, launchRadiusM),
                    FirstLaunch = SimTime.Start, Spacing = SimDuration.FromSeconds(15), Target = city, Route = [], AimPoint = kyiv,
                },
            ],
        };
    }
}
