using Oberig.Core.Geodesy;
using Oberig.Engine.Events;
using Oberig.Engine.Phases;
using Oberig.Engine.World;
using Oberig.Models.Threats;
using Oberig.Scenario.Catalog;

namespace Oberig.Engine.Tests;

public class BallisticRaidTests
{
    private static ThreatType Srbm() => TestScenarios.Drone() with
    {
        Id = "test-srbm", Kind = ThreatKind.BallisticMissile, RangeM = 500_000,
        BurnTimeS = 50, BurnoutSpeedMps = 2100, BallisticCoefficientKgPerM2 = 7000,
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BallisticMissilesHitTheirAimPointWithOrWithoutEarthRotation(bool rotating)
    {
        var scenario = TestScenarios.Raid(count: 1, spacingS: 0, distanceNorthKm: 300, threat: Srbm(), durationS: 1200);
        scenario = scenario with { Settings = scenario.Settings with { EarthRotation = rotating } };
        var world = WorldBuilder.Build(scenario, 7, 0);
        var flight = Assert.IsType<BallisticFlight>(world.Threats[0].Flight);
        var events = new EventStream();
        new Simulation().Run(world, events);

        Assert.Equal(ThreatStatus.Impacted, world.Threats[0].Status);
        var miss = LocalFrame.AerFromEnu(new LocalFrame(TestScenarios.Kyiv).ToEnu(flight.ImpactPoint!.Value)).RangeM;
        Assert.True(miss < 50, $"missed the aim point by {miss:0} m");
        // 300 km at a mean speed of 1-2 km/s takes minutes, not seconds or an hour.
        Assert.InRange(world.Now.Seconds, 150, 600);
    }

    [Fact]
    public void EarthRotationChangesTheSolvedLaunchAzimuth()
    {
        // Due south from 300 km north of Kyiv: without rotation the bearing is ~180°; Coriolis needs a correction.
        var plain = TestScenarios.Raid(count: 1, spacingS: 0, distanceNorthKm: 300, threat: Srbm());
        var rotating = plain with { Settings = plain.Settings with { EarthRotation = true } };
        double Azimuth(Oberig.Scenario.Model.ScenarioDefinition s) =>
            ((BallisticFlight)WorldBuilder.Build(s, 7, 0).Threats[0].Flight).LaunchAzimuthDeg;
        Assert.Equal(180, Azimuth(plain), 0.5);
        Assert.True(Math.Abs(Azimuth(rotating) - Azimuth(plain)) > 0.01, "rotation should shift the launch azimuth");
    }
}
