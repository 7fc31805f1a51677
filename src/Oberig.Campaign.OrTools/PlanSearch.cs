using Oberig.Campaign.Production;
using Oberig.Campaign.Running;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.OrTools;

/// <summary>What <see cref="PlanSearch"/> did: the plan it ended at, the moves it kept and the plans it simulated.</summary>
public sealed record PlanSearchResult(FundingPlan Plan, IReadOnlyList<string> Moves, int Evaluations);

/// <summary>
/// A local search on a plan judged by the simulation itself, for what the expected-value program leaves out (the
/// night-to-night dispersion, the resolver's greedy fallback night by night, decoys drawing fire, the depot's daily
/// refill): from a starting plan, move one line's money up or down (over the whole horizon, or its first or second
/// half) or add, drop or shift one investment, and keep a move when the simulation says it helps.
/// </summary>
/// <remarks>
/// <para>Each move is judged with common random numbers on replications apart from those the study compares plans on
/// (<see cref="SearchReplications"/>: the block after them), so picking the best of many moves on the same dice does
/// not flatter the plan that is finally reported. A move is kept only when the paired difference per replication is
/// below zero by more than two standard errors; steps go from half a line's full month down to a tenth.</para>
/// <para>A line's full month is its fixed cost and its largest capacity at its first unit's cost: more than that it
/// can never use. A budget, when given, is a ceiling on the mean production spending of every plan kept.</para>
/// </remarks>
public static class PlanSearch
{
    private static readonly double[] Steps = [0.5, 0.25, 0.1];
    /// <summary>Standard errors a move's mean improvement must clear to be kept.</summary>
    private const double Confidence = 2;

    /// <summary>The replications the search judges moves on: the block after the study's own.</summary>
    public static CampaignRunOptions SearchReplications(CampaignRunOptions study) => study with { FirstReplication = study.FirstReplication + study.Replications };

    public static PlanSearchResult Run(CampaignModel model, FundingPlan start, CampaignObjective objective, CampaignRunOptions study,
        int maxEvaluations, double? budgetEur = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(start);
        var c = model.Campaign;
        var run = SearchReplications(study);
        var full = c.Lines.Select(FullMonth).ToArray();
        var current = Normalised(c, start);
        var currentScores = Scores(model, current, objective, run, out _);
        var moves = new List<string>();
        int evaluations = 1;
        foreach (double step in Steps)
        {
            // First improvement, the scan resuming after the move last kept, until a whole scan keeps none.
            int resume = 0;
            bool improved = true;
            while (improved && evaluations < maxEvaluations)
            {
                improved = false;
                var neighbours = Neighbours(c, current, full, step).ToList();
                for (int n = 0; n < neighbours.Count && evaluations < maxEvaluations; n++)
                {
                    var (name, plan) = neighbours[(resume + n) % neighbours.Count];
                    evaluations++;
                    var scores = Scores(model, plan, objective, run, out double spent);
                    if (budgetEur is { } budget && spent > budget * (1 + 1e-9)) continue;
                    if (!Better(scores, currentScores)) continue;
                    current = plan;
                    currentScores = scores;
                    moves.Add(name);
                    resume = (resume + n + 1) % neighbours.Count;
                    improved = true;
                    break;
                }
            }
        }
        return new PlanSearchResult(current, moves, evaluations);
    }

    /// <summary>The most line <paramref name="line"/> can spend in a month: fixed cost and largest capacity at its
    /// first unit's cost (the learning curve only lowers it).</summary>
    internal static double FullMonth(LineDefinition line) =>
        line.FixedCostEurPerMonth + (line.CapacityPerMonth + line.Investments.Sum(i => i.AddedCapacityPerMonth)) * FirstUnitCost(line);

    /// <summary>The line's next unit at the start of the campaign: the most a unit can cost it.</summary>
    private static double FirstUnitCost(LineDefinition line) => new LearningCurve(line.FirstUnitCostEur, line.LearningRate).UnitCost(line.PriorUnits + 1);

    /// <summary>Every line funded month by month (lines the plan leaves out at zero).</summary>
    private static FundingPlan Normalised(CampaignDefinition c, FundingPlan plan) => plan with
    {
        Funding = c.Lines.ToDictionary(l => l.Id, l => (IReadOnlyList<double>)[.. Enumerable.Range(0, c.Months).Select(m => plan.ForLine(l.Id, m))], StringComparer.Ordinal),
    };

    private static FundingPlan WithLine(FundingPlan plan, string line, double[] amounts) =>
        plan with { Funding = new Dictionary<string, IReadOnlyList<double>>(plan.Funding, StringComparer.Ordinal) { [line] = amounts } };

    private static IEnumerable<(string Name, FundingPlan Plan)> Neighbours(CampaignDefinition c, FundingPlan plan, double[] full, double step) =>
        MoneyMoves(c, plan, full, step).Concat(InvestmentMoves(c, plan, full));

    /// <summary>One line's money up or down by <paramref name="step"/> of its full month, over the whole horizon or
    /// either half; moves that change nothing (already at 0 or full) are left out.</summary>
    private static IEnumerable<(string Name, FundingPlan Plan)> MoneyMoves(CampaignDefinition c, FundingPlan plan, double[] full, double step)
    {
        int half = c.Months / 2;
        (string Name, int From, int To)[] spans = c.Months > 1 ? [("", 0, c.Months), (" in months 1-" + half, 0, half), ($" in months {half + 1}-{c.Months}", half, c.Months)] : [("", 0, c.Months)];
        for (int l = 0; l < c.Lines.Count; l++)
            foreach (var (span, from, to) in spans)
                foreach (int sign in new[] { 1, -1 })
                {
                    var id = c.Lines[l].Id;
                    var amounts = plan.Funding[id].ToArray();
                    bool changed = false;
                    for (int m = from; m < to; m++)
                    {
                        double next = Math.Clamp(amounts[m] + sign * step * full[l], 0, full[l]);
                        changed |= next != amounts[m];
                        amounts[m] = next;
                    }
                    if (changed) yield return ($"{(sign > 0 ? "more" : "less")} for {id}{span} ({sign * step:+0%;-0%} of its full month)", WithLine(plan, id, amounts));
                }
    }

    /// <summary>An investment not made, added (with the money to run what it adds once matured) in one of a few early
    /// months; one made, dropped or moved a month either way.</summary>
    private static IEnumerable<(string Name, FundingPlan Plan)> InvestmentMoves(CampaignDefinition c, FundingPlan plan, double[] full)
    {
        for (int l = 0; l < c.Lines.Count; l++)
        {
            var line = c.Lines[l];
            foreach (var option in line.Investments)
            {
                var made = plan.Investments.FirstOrDefault(i => i.Line == line.Id && i.Investment == option.Id);
                var others = plan.Investments.Where(i => i != made).ToList();
                if (made is not null)
                {
                    yield return ($"drop {line.Id} {option.Id}", plan with { Investments = others });
                    foreach (int month in new[] { made.Month - 1, made.Month + 1 }.Where(m => m >= 0 && m < c.Months))
                        yield return ($"move {line.Id} {option.Id} to month {month + 1}", plan with { Investments = [.. others, made with { Month = month }] });
                    continue;
                }
                foreach (int month in new[] { 0, 1, 2, 4 }.Where(m => m < c.Months))
                {
                    var amounts = plan.Funding[line.Id].ToArray();
                    for (int m = month + option.LeadMonths; m < c.Months; m++)
                        amounts[m] = Math.Min(amounts[m] + option.AddedCapacityPerMonth * FirstUnitCost(line), full[l]);
                    yield return ($"invest in {line.Id} {option.Id} in month {month + 1}, and fund what it adds",
                        WithLine(plan, line.Id, amounts) with { Investments = [.. others, new PlannedInvestment(line.Id, option.Id, month)] });
                }
            }
        }
    }

    /// <summary>The objective per replication, in replication order (common random numbers pair them).</summary>
    private static double[] Scores(CampaignModel model, FundingPlan plan, CampaignObjective objective, CampaignRunOptions run, out double meanSpent)
    {
        var records = CampaignRunner.Run(model, plan, run);
        meanSpent = records.Average(r => r.ProductionSpentEur);
        return [.. records.Select(r => objective == CampaignObjective.Leakers ? r.TotalLeaked : r.TotalDamage)];
    }

    /// <summary>Whether <paramref name="next"/> beats <paramref name="current"/> by more than <see cref="Confidence"/>
    /// standard errors of the paired difference.</summary>
    internal static bool Better(double[] next, double[] current)
    {
        var difference = PairedDifference.Of(next, current);
        return difference.Mean < 0 && difference.Mean + Confidence * difference.StandardError < 0;
    }

}

/// <summary>The mean of paired differences a − b over replications and its standard error.</summary>
public readonly record struct PairedDifference(double Mean, double StandardError)
{
    public static PairedDifference Of(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count != b.Count || a.Count == 0) throw new ArgumentException("paired differences need the same, non-zero number of replications");
        int n = a.Count;
        double mean = 0;
        for (int i = 0; i < n; i++) mean += a[i] - b[i];
        mean /= n;
        double squares = 0;
        for (int i = 0; i < n; i++) squares += (a[i] - b[i] - mean) * (a[i] - b[i] - mean);
        double error = n > 1 ? Math.Sqrt(squares / (n - 1) / n) : double.PositiveInfinity;
        return new PairedDifference(mean, error);
    }

    /// <summary>The 95 % confidence interval of the mean difference (normal approximation).</summary>
    public (double Low, double High) Interval95 => (Mean - 1.96 * StandardError, Mean + 1.96 * StandardError);
}
