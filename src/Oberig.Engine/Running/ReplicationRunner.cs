using Oberig.Engine.Events;
using Oberig.Engine.Phases;
using Oberig.Engine.Results;
using Oberig.Engine.World;
using Oberig.Models.Threats;
using Oberig.Scenario.Model;

namespace Oberig.Engine.Running;

/// <summary>
/// Runs replications on local cores. Each replication is a pure function of (scenario, seed, index), and results
/// are placed by index, so the outcome is identical whatever the thread count.
/// </summary>
public static class ReplicationRunner
{
    public static ReplicationResult RunOne(
        ScenarioDefinition scenario, ulong seed, int replication, PhaseSet? phases = null, IReplicationObserver? observer = null,
        ThreatFlightFactory? flights = null)
    {
        var world = WorldBuilder.Build(scenario, seed, replication, flights ?? ThreatFlightFactory.For(scenario.Settings));
        var events = new EventStream();
        var tally = new OutcomeTally(world);
        events.Subscribe(tally);
        observer?.Starting(world, events);
        var components = phases ?? PhaseSet.For(world);
        new Simulation(components).Run(world, events);
        var result = tally.Summarise(events.Count) with { AirPicture = components.Tracking.Outcome() };
        observer?.Completed(world, result);
        return result;
    }

    public static IReadOnlyList<ReplicationResult> RunAll(
        ScenarioDefinition scenario, RunOptions options, PhaseSet? phases = null, IReplicationObserver? observer = null)
    {
        options = options.Validated();
        var results = new ReplicationResult[options.Replications];
        // One factory for all replications: its cache of solved ballistic lofts is deterministic and thread-safe.
        var flights = ThreatFlightFactory.For(scenario.Settings);
        Parallel.For(0, options.Replications, new ParallelOptions { MaxDegreeOfParallelism = options.Threads },
            i => results[i] = RunOne(scenario, options.Seed, i, phases, observer, flights));
        return results;
    }
}
