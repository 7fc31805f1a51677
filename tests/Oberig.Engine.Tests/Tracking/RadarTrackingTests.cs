using Oberig.Engine.Events;
using Oberig.Engine.Phases;
using Oberig.Engine.Tests.Sensing;
using Oberig.Engine.Tracking;
using Oberig.Engine.World;
using Oberig.Scenario.Model;

namespace Oberig.Engine.Tests.Tracking;

public class RadarTrackingTests
{
    private sealed class Recorder : IEventSink
    {
        public List<SimEvent> Events { get; } = [];
        public void OnEvent(in SimEvent e) => Events.Add(e);
    }

    [Fact]
    public void ADroneSeenByASurveillanceRadarGetsOneConfirmedTrackSoonAfterItsFirstDetection()
    {
        // A drone at 1,000 m flies 120 km straight at the radar's city; the radar sees it from launch (inside 141 km).
        var drone = TestScenarios.Drone() with { CruiseAltitudeM = 1000, RcsM2 = 0.1 };
        var scenario = TestScenarios.Raid(1, 0, distanceNorthKm: 120, threat: drone, durationS: 3000) with
        {
            Sensors = [new SensorSite("radar", TestScenarios.Kyiv, RadarSensingTests.Surveillance())],
        };
        var world = WorldBuilder.Build(scenario, 7, 0);
        var tracking = new RadarTracking(world);
        var events = new EventStream();
        var recorder = new Recorder();
        events.Subscribe(recorder);
        new Simulation(PhaseSet.For(world) with { Tracking = tracking }).Run(world, events);

        var firstDetection = recorder.Events.First(e => e.Kind == SimEventKind.Detection && e.Threat == 0).Time;
        var start = recorder.Events.First(e => e.Kind == SimEventKind.TrackStart && e.Threat == 0);
        // 2-of-3 confirmation on 6 s scans: within three scans of the first detection, unless Pd 0.9 misses twice.
        Assert.InRange((start.Time - firstDetection).Seconds, 0, 3 * 6 + 1e-9);
        var outcome = tracking.Outcome();
        Assert.Equal(1, outcome.ThreatsTracked);
        Assert.Equal(0, outcome.IdentitySwaps);
        // The only GOSPA terms: localisation (a few hundred metres at 100 km) and the scans before confirmation.
        Assert.True(outcome.MeanGospaM < 1000, $"mean GOSPA {outcome.MeanGospaM:0} m");
        Assert.Equal(0, outcome.CovarianceRepairs);
    }
}
