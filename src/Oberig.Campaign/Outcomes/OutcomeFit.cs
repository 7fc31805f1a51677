using Oberig.Scenario.Campaign;
using Oberig.Scenario.Model;

namespace Oberig.Campaign.Outcomes;

/// <summary>
/// Turns the nights run at each scale into the table: per threat type and scale, the means over replications of
/// rounds fired and kills per threat launched (by interceptor type) and of the leaked fraction; per threat type, the
/// damage per leaker pooled over every night of every scale (total damage / total leakers: leakers at one scale are
/// too few for a stable figure, and what a leaker does hardly depends on how many came with it); per scale, the mean
/// rounds fired per night at false tracks, by interceptor type.
/// </summary>
internal static class OutcomeFit
{
    public static OutcomeTable Table(ScenarioDefinition scenario, ulong seed, IReadOnlyList<double> scales, FittedNight[][] runs)
    {
        var types = runs[0][0].Counts.Threats.Select(t => t.Threat).ToArray();
        return new OutcomeTable
        {
            Scenario = scenario.Name,
            Seed = seed,
            Replications = runs[0].Length,
            BaselineRaid = Baseline(scenario, scales, runs, types),
            Threats = [.. types.Select((type, k) => Threat(type, scales, runs.Select(r => r.Select(n => n.Counts.Threats[k]).ToArray()).ToArray()))],
            FalseTrackRounds = [.. scales.Select((s, i) => new FalseTrackPoint
            {
                Scale = s,
                RoundsPerNight = new SortedDictionary<string, double>(runs[i][0].Counts.RoundsAtNoThreat.Keys.ToDictionary(
                    id => id, id => runs[i].Average(n => (double)n.Counts.RoundsAtNoThreat[id])), StringComparer.Ordinal),
            })],
        };
    }

    /// <summary>Threats launched per type at scale 1: the mean over the scale-1 nights, or the raids' counts when
    /// scale 1 was not run.</summary>
    private static SortedDictionary<string, double> Baseline(ScenarioDefinition scenario, IReadOnlyList<double> scales, FittedNight[][] runs, string[] types)
    {
        int one = scales.ToList().IndexOf(1.0);
        var baseline = new SortedDictionary<string, double>(StringComparer.Ordinal);
        for (int k = 0; k < types.Length; k++)
            baseline[types[k]] = one >= 0
                ? runs[one].Average(n => n.Counts.Threats[k].Launched)
                : scenario.Raids.Where(r => r.Threat.Id == types[k]).Sum(r => r.Count);
        return baseline;
    }

    /// <summary>One threat type: <paramref name="nights"/>[scale][replication].</summary>
    private static ThreatOutcomeFit Threat(string type, IReadOnlyList<double> scales, ThreatNight[][] nights)
    {
        var all = nights.SelectMany(n => n).ToArray();
        int leakers = all.Sum(n => n.Leaked);
        return new ThreatOutcomeFit
        {
            Threat = type,
            DamagePerLeaker = leakers > 0 ? all.Sum(n => n.Damage) / leakers : 0,
            DamageEurPerLeaker = leakers > 0 ? all.Sum(n => n.DamageEur) / leakers : 0,
            Points = [.. scales.Select((s, i) => Point(s, nights[i]))],
        };
    }

    private static OutcomePoint Point(double scale, ThreatNight[] nights)
    {
        // Nights where none of the type launched say nothing per threat launched (a scenario cut short): left out.
        var launched = nights.Where(n => n.Launched > 0).ToArray();
        var interceptors = nights[0].RoundsFiredBy.Keys;
        return new OutcomePoint
        {
            Scale = scale,
            ShotsPerThreat = PerThreat(launched, interceptors, n => n.RoundsFiredBy),
            KillsPerThreat = PerThreat(launched, interceptors, n => n.KillsBy),
            LeakFraction = Mean(launched, n => (double)n.Leaked / n.Launched),
        };
    }

    private static SortedDictionary<string, double> PerThreat(ThreatNight[] nights, IEnumerable<string> interceptors,
        Func<ThreatNight, IReadOnlyDictionary<string, int>> counts)
    {
        var d = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var i in interceptors) d[i] = Mean(nights, n => (double)counts(n)[i] / n.Launched);
        return d;
    }

    private static double Mean(ThreatNight[] nights, Func<ThreatNight, double> value) =>
        nights.Length > 0 ? nights.Average(value) : 0;
}
