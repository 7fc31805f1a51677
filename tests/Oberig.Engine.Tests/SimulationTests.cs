using Oberig.Core.Geodesy;
using Oberig.Core.Time;
using Oberig.Engine.Events;
using Oberig.Engine.Phases;
using Oberig.Engine.Running;
using Oberig.Engine.World;

namespace Oberig.Engine.Tests;

public class SimulationTests
{
    private static (SimulationWorld World, List<SimEvent> Events) Run(Oberig.Scenario.Model.ScenarioDefinition s, int replication = 0, PhaseSet? phases = null)
    {
        var world = WorldBuilder.Build(s, s.Settings.Seed, replication);
        var stream = new EventStream();
        var recorder = new EventRecorder();
        stream.Subscribe(recorder);
        new Simulation(phases).Run(world, stream);
        return (world, recorder.Events);
    }

    [Fact]
    public void UndefendedThreatsAllLeakAndDamageTheAssetTheyAimAt()
    {
        var (world, events) = Run(TestScenarios.Raid(count: 5, spacingS: 10));
        Assert.Equal(5, events.Count(e => e.Kind == SimEventKind.Launch));
        Assert.Equal(5, events.Count(e => e.Kind == SimEventKind.Leak));
        Assert.Equal(5, events.Count(e => e.Kind == SimEventKind.Impact));
        Assert.All(world.Threats, t => Assert.Equal(ThreatStatus.Impacted, t.Status));
        // Five hits of 10 % each on the remaining value: 100 * (1 - 0.9^5).
        Assert.Equal(100 * (1 - Math.Pow(0.9, 5)), events.Where(e => e.Kind == SimEventKind.Impact).Sum(e => e.Value), 1e-9);
        Assert.Equal(100 * (1 - Math.Pow(0.9, 5)), world.Damage.Lost(0), 1e-9);
    }

    [Fact]
    public void ImpactTimeMatchesDistanceOverSpeed()
    {
        // 30 km at 50 m/s is 600 s, plus a few seconds for the climb to 500 m and the faster dive.
        var (_, events) = Run(TestScenarios.Raid(count: 1, spacingS: 0));
        var impact = events.Single(e => e.Kind == SimEventKind.Impact);
        Assert.InRange(impact.Time.Seconds, 600 * 0.97, 600 * 1.05);
        var frame = new LocalFrame(TestScenarios.Kyiv);
        var miss = LocalFrame.AerFromEnu(frame.ToEnu(impact.Position)).RangeM;
        Assert.True(miss < 50, $"impact {miss:0.0} m from the aim point");
    }

    [Fact]
    public void LaunchEventsCarryTheirExactScheduledTimesInOrder()
    {
        var (_, events) = Run(TestScenarios.Raid(count: 4, spacingS: 2.5, firstLaunchS: 0.25));
        var launches = events.Where(e => e.Kind == SimEventKind.Launch).Select(e => e.Time.Seconds).ToArray();
        Assert.Equal([0.25, 2.75, 5.25, 7.75], launches);
    }

    [Fact]
    public void RunStopsOnceEveryThreatHasLandedButNotBefore()
    {
        var scenario = TestScenarios.Raid(count: 2, spacingS: 100, durationS: 5000);
        var (world, events) = Run(scenario);
        double lastImpact = events.Where(e => e.Kind == SimEventKind.Impact).Max(e => e.Time.Seconds);
        Assert.Equal(Math.Ceiling(lastImpact), world.Now.Seconds);
        Assert.True(world.Now.Seconds < 5000);
    }

    [Fact]
    public void ThreatsStillFlyingAtTheEndAreCountedAsSuch()
    {
        var scenario = TestScenarios.Raid(count: 3, spacingS: 0, durationS: 120);
        var result = ReplicationRunner.RunOne(scenario, 7, 0);
        var drones = Assert.Single(result.Threats);
        Assert.Equal(3, drones.Launched);
        Assert.Equal(0, drones.Leaked);
        Assert.Equal(3, drones.InFlightAtEnd);
        Assert.Equal(120, result.SimulatedSeconds);
    }

    [Fact]
    public void PhasesRunInOrderAndSeeACompletelyMovedWorld()
    {
        var calls = new List<string>();
        var probe = new PhaseProbe(calls);
        var phases = new PhaseSet { Sensing = probe, Tracking = probe, BattleManagement = probe, Engagement = probe };
        Run(TestScenarios.Raid(count: 3, spacingS: 1, durationS: 5), phases: phases);
        Assert.Equal(5 * 4, calls.Count);
        Assert.Equal(["sense", "track", "decide", "engage"], calls.Take(4));
        Assert.True(probe.SnapshotAlwaysMatchedFlights);
    }

    private sealed class PhaseProbe(List<string> calls) : ISensing, ITracking, IBattleManagement, IEngagement
    {
        public bool SnapshotAlwaysMatchedFlights { get; private set; } = true;

        public void Sense(StepContext c)
        {
            calls.Add("sense");
            foreach (var t in c.World.Threats)
                if (c.World.Snapshot[t.Index].Kinematics != t.Flight.State || c.World.Snapshot[t.Index].Status != t.Status)
                    SnapshotAlwaysMatchedFlights = false;
        }
        public void Track(StepContext c) => calls.Add("track");
        public void Decide(StepContext c) => calls.Add("decide");
        public void Engage(StepContext c) => calls.Add("engage");
    }

    [Fact]
    public void LaunchPointsScatterInsideTheDiscAndDifferByReplicationButRepeatBySeed()
    {
        var scenario = TestScenarios.Raid(count: 50, spacingS: 1, launchRadiusM: 10_000);
        var a = WorldBuilder.Build(scenario, 7, 0);
        var again = WorldBuilder.Build(scenario, 7, 0);
        var other = WorldBuilder.Build(scenario, 7, 1);
        var centre = new LocalFrame(scenario.Raids[0].Launch.Center);
        Assert.All(a.Threats, t => Assert.True(LocalFrame.AerFromEnu(centre.ToEnu(t.LaunchPoint)).RangeM <= 10_000 + 1e-6));
        Assert.Equal(a.Threats.Select(t => t.LaunchPoint), again.Threats.Select(t => t.LaunchPoint));
        Assert.NotEqual(a.Threats.Select(t => t.LaunchPoint), other.Threats.Select(t => t.LaunchPoint));
        // Uniform over the disc: the mean squared distance from the centre is R²/2 (within 4 standard errors).
        double meanSq = a.Threats.Average(t => Math.Pow(LocalFrame.AerFromEnu(centre.ToEnu(t.LaunchPoint)).RangeM, 2));
        Assert.InRange(meanSq / 1e8, 0.5 - 4 * 0.29 / Math.Sqrt(50), 0.5 + 4 * 0.29 / Math.Sqrt(50));
    }

    [Fact]
    public void ReplicationResultsDoNotDependOnThreadCount()
    {
        var scenario = TestScenarios.Raid(count: 6, spacingS: 5, launchRadiusM: 20_000);
        var one = ReplicationRunner.RunAll(scenario, new RunOptions(7, 6, 1));
        var two = ReplicationRunner.RunAll(scenario, new RunOptions(7, 6, 2));
        for (int i = 0; i < 6; i++)
        {
            Assert.Equal(one[i].SimulatedSeconds, two[i].SimulatedSeconds);
            Assert.Equal(one[i].Assets, two[i].Assets);
            Assert.Equal(one[i].Threats, two[i].Threats);
        }
    }
}
