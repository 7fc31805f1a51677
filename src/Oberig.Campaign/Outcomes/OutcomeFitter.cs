using Oberig.Engine.Events;
using Oberig.Engine.Results;
using Oberig.Engine.Running;
using Oberig.Engine.World;
using Oberig.Models.Threats;
using Oberig.Scenario.Campaign;
using Oberig.Scenario.Model;

namespace Oberig.Campaign.Outcomes;

/// <summary>
/// Fits a campaign's <see cref="OutcomeTable"/> from engine Monte Carlo runs of a representative scenario, and runs
/// single nights of it with a given raid and stocks, so the campaign can check its tables against the engine.
/// Every night is a pure function of (scenario, seed, replication): results do not depend on the thread count.
/// </summary>
public static class OutcomeFitter
{
    /// <summary>Runs <see cref="OutcomeFitOptions.Replications"/> nights at each raid scale (every scale with the
    /// same seed and replication indices, so scales differ by the raid, not by luck) and fits the table.</summary>
    public static OutcomeTable Fit(ScenarioDefinition scenario, OutcomeFitOptions options) => Fit(scenario, options, out _);

    /// <summary>As <see cref="Fit(ScenarioDefinition, OutcomeFitOptions)"/>, also handing back every night's counts
    /// and the engine's own result for it, by scale (in the table's order) then replication.</summary>
    public static OutcomeTable Fit(ScenarioDefinition scenario, OutcomeFitOptions options, out IReadOnlyList<FittedNight[]> nights)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        options = options.Validated();
        ulong seed = options.Seed ?? scenario.Settings.Seed;
        var scaled = options.Scales.Select(s => RaidScaling.Scale(scenario, s)).ToArray();
        int reps = options.Replications;
        var runs = scaled.Select(_ => new FittedNight[reps]).ToArray();
        // One flight factory for every night: the scales share the settings, and its loft cache is thread-safe.
        var flights = ThreatFlightFactory.For(scenario.Settings);
        // All (scale, replication) pairs in one loop, so no thread idles at the end of a scale; each result has its slot.
        Parallel.For(0, scaled.Length * reps, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, n =>
            runs[n / reps][n % reps] = Night(scaled[n / reps], seed, n % reps, flights));
        nights = runs;
        return OutcomeFit.Table(scenario, seed, options.Scales, runs);
    }

    /// <summary>
    /// One night of <paramref name="scenario"/> with exactly <paramref name="threatsByType"/> threats of each type
    /// (see <see cref="RaidScaling.ToComposition"/>; a type not named launches none) and, when given, fire units
    /// limited to <paramref name="roundsByFireUnit"/> ready rounds (missiles, or a gun's rounds; never more than the
    /// scenario loads, since the engine does not reload within a night; units not named keep the scenario's).
    /// </summary>
    public static EngineNight RunNight(ScenarioDefinition scenario, IReadOnlyDictionary<string, int> threatsByType,
        IReadOnlyDictionary<string, int>? roundsByFireUnit, ulong seed, int replication)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        var night = RaidScaling.ToComposition(scenario, threatsByType);
        if (roundsByFireUnit is not null) night = WithRounds(night, roundsByFireUnit);
        return Night(night, seed, replication, flights: null).Counts;
    }

    private static ScenarioDefinition WithRounds(ScenarioDefinition scenario, IReadOnlyDictionary<string, int> rounds)
    {
        foreach (var (id, n) in rounds)
        {
            if (!scenario.FireUnits.Any(u => u.Id == id)) throw new ArgumentException($"fire unit '{id}' is not in scenario '{scenario.Name}'", nameof(rounds));
            if (n < 0) throw new ArgumentOutOfRangeException(nameof(rounds), n, $"fire unit '{id}': rounds must be >= 0");
        }
        return scenario with
        {
            FireUnits = [.. scenario.FireUnits.Select(u => rounds.TryGetValue(u.Id, out int n) ? u with { ReadyRounds = Math.Min(n, u.ReadyRounds) } : u)],
        };
    }

    private static FittedNight Night(ScenarioDefinition scenario, ulong seed, int replication, ThreatFlightFactory? flights)
    {
        var observer = new CrossObserver();
        var result = ReplicationRunner.RunOne(scenario, seed, replication, observer: observer, flights: flights);
        return new FittedNight(observer.Tally!.Night(), result);
    }

    /// <summary>Subscribes the cross tally to one replication's events (one observer per replication: no sharing).</summary>
    private sealed class CrossObserver : IReplicationObserver
    {
        public CrossTally? Tally { get; private set; }

        public void Starting(SimulationWorld world, EventStream events)
        {
            Tally = new CrossTally(world);
            events.Subscribe(Tally);
        }
    }
}
