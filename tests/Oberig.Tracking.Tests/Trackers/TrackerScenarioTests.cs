using Oberig.Tracking.Associators;
using Oberig.Tracking.Simulation;

namespace Oberig.Tracking.Tests.Trackers;

/// <summary>
/// The GNN tracker on the issue 3 benchmark data (100 2-D CV targets, Pd 0.9, Poisson clutter, σ 1 m, q 0.005).
/// Anchor: Stone Soup's GNN tracker (Kalman, Mahalanobis gate, 2-D assignment, M-of-N initiator) reaches a mean GOSPA
/// (c = 10 m, p = 1, α = 2) of about 1 m per target on this kind of data (issue 3).
/// </summary>
public class TrackerScenarioTests(ITestOutputHelper output)
{
    private static readonly ConstantVelocityScenarioOptions Benchmark = new() { Targets = 100, Scans = 100, Seed = 7 };

    [Fact]
    public void GnnReachesAboutOneMetreGospaPerTarget()
    {
        var run = ScenarioRun.Run(Benchmark);
        var m = run.Metrics;
        output.WriteLine($"GOSPA/target {run.MeanGospaPerTarget:0.000} m, confirmed {run.Tracker.ConfirmedCount}, breaks {m.TrackBreaks}, swaps {m.IdentitySwaps}, " +
            $"time to confirm {m.MeanTimeToConfirm}, repairs {run.Tracker.Counters}, last {m.LastGospa}");
        Assert.InRange(run.MeanGospaPerTarget, 0.3, 1.5);
        Assert.InRange(run.Tracker.ConfirmedCount, Benchmark.Targets - 3, Benchmark.Targets + 3);
        Assert.True(m.TrackBreaks <= 3, $"{m.TrackBreaks} breaks");
        Assert.True(m.IdentitySwaps <= 3, $"{m.IdentitySwaps} swaps");
        Assert.Equal(0, run.Tracker.Counters.CovarianceRepairs);
        Assert.Equal(0, run.Tracker.Counters.RejectedUpdates);
    }

    [Fact]
    public void JpdaTracksTheBenchmarkToo()
    {
        var run = ScenarioRun.Run(Benchmark, ScenarioRun.OptionsFor(Benchmark, AssociatorNames.Jpda));
        output.WriteLine($"JPDA GOSPA/target {run.MeanGospaPerTarget:0.000} m, confirmed {run.Tracker.ConfirmedCount}, breaks {run.Metrics.TrackBreaks}, swaps {run.Metrics.IdentitySwaps}");
        Assert.InRange(run.MeanGospaPerTarget, 0.3, 1.5);
        Assert.InRange(run.Tracker.ConfirmedCount, Benchmark.Targets - 3, Benchmark.Targets + 3);
    }
}
