using Oberig.Core.Time;
using Oberig.Scenario.Model;

namespace Oberig.Campaign.Outcomes;

/// <summary>
/// Changes how many threats a scenario's raids launch, keeping each raid's launch window (first to last launch):
/// a bigger raid is a denser one, not a longer one, so its threats still arrive within the scenario's duration and
/// the defence meets them in the same time. Launch points come from the stream <c>launch:&lt;raid&gt;</c>, so the
/// first threats of a scaled raid start where the unscaled raid's did (common random numbers across scales).
/// </summary>
public static class RaidScaling
{
    /// <summary>
    /// Every raid's count times <paramref name="scale"/>, rounded to nearest (halves away from zero), and at least 1
    /// for a raid that had at least 1: a small scale thins a raid but never removes it.
    /// </summary>
    public static ScenarioDefinition Scale(ScenarioDefinition scenario, double scale)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (!(double.IsFinite(scale) && scale > 0)) throw new ArgumentOutOfRangeException(nameof(scale), scale, "must be a finite number > 0");
        return scenario with { Raids = [.. scenario.Raids.Select(r => WithCount(r, ScaledCount(r.Count, scale)))] };
    }

    public static int ScaledCount(int count, double scale) =>
        count < 1 ? 0 : Math.Max(1, (int)Math.Round(count * scale, MidpointRounding.AwayFromZero));

    /// <summary>
    /// Each threat type's raids share the type's requested total in proportion to their counts (largest remainder,
    /// ties to the earlier raid), so exactly the requested number of each type launches; a type the dictionary does
    /// not name launches none. Throws for a type no raid of the scenario flies, or a negative count.
    /// </summary>
    public static ScenarioDefinition ToComposition(ScenarioDefinition scenario, IReadOnlyDictionary<string, int> threatsByType)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(threatsByType);
        var counts = scenario.Raids.Select(_ => 0).ToArray();
        foreach (var (type, total) in threatsByType)
        {
            if (total < 0) throw new ArgumentOutOfRangeException(nameof(threatsByType), total, $"threat type '{type}': count must be >= 0");
            var raids = Enumerable.Range(0, scenario.Raids.Count).Where(i => scenario.Raids[i].Threat.Id == type).ToArray();
            if (raids.Length == 0) throw new ArgumentException($"threat type '{type}': no raid of scenario '{scenario.Name}' flies it", nameof(threatsByType));
            var shares = Apportion(total, [.. raids.Select(i => scenario.Raids[i].Count)]);
            for (int k = 0; k < raids.Length; k++) counts[raids[k]] = shares[k];
        }
        return scenario with { Raids = [.. scenario.Raids.Select((r, i) => WithCount(r, counts[i]))] };
    }

    /// <summary>Hamilton's largest-remainder split of <paramref name="total"/> in proportion to
    /// <paramref name="weights"/> (equal shares when every weight is 0).</summary>
    internal static int[] Apportion(int total, int[] weights)
    {
        long sum = weights.Sum(w => (long)w);
        double[] quota = [.. weights.Select(w => sum > 0 ? (double)total * w / sum : (double)total / weights.Length)];
        int[] shares = [.. quota.Select(q => (int)Math.Floor(q))];
        int left = total - shares.Sum();
        foreach (int i in Enumerable.Range(0, weights.Length).OrderByDescending(i => quota[i] - shares[i]).ThenBy(i => i).Take(left))
            shares[i]++;
        return shares;
    }

    /// <summary>The raid with a new count over its old launch window; a raid of 0 or 1 had no window and keeps its spacing.</summary>
    private static Raid WithCount(Raid raid, int count)
    {
        if (count == raid.Count) return raid;
        var spacing = raid.Count > 1 && count > 1
            ? SimDuration.FromSeconds(raid.Spacing.Seconds * (raid.Count - 1) / (count - 1))
            : raid.Spacing;
        return raid with { Count = count, Spacing = spacing };
    }
}
