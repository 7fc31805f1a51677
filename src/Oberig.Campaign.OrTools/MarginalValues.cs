using Oberig.Campaign.Running;

namespace Oberig.Campaign.OrTools;

/// <summary>What <see cref="ExtraEur"/> more for <see cref="Line"/> alone saves in the expected-value model: "the next
/// EUR 100 M on line X saves N leakers (damage D)".</summary>
public sealed record MarginalValue(string Line, double ExtraEur, double LeakersSaved, double DamageSaved, double ObjectiveSaved);

/// <summary>
/// Marginal values by re-solving: for each line, the program again with <c>MarginalEur</c> more that only this line may
/// use, spread evenly over the horizon (carried over when unspent) and added to any budget cap, solved once at the
/// baseline plan's unit costs for the least shortfall only. The saving is the change in expected shortfall leakers and
/// damage; sorted by the objective's saving, largest first.
/// </summary>
public static class MarginalValues
{
    public static IReadOnlyList<MarginalValue> Compute(CampaignModel model, OptimizeResult baseline, OptimizeOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var c = model.Campaign;
        var nights = ExpectedNights.Of(model);
        var values = new List<MarginalValue>();
        for (int l = 0; l < c.Lines.Count; l++)
        {
            // One pass at the baseline plan's unit costs, shortfall only: the saving is what the extra money buys there.
            var (s, _) = FundingOptimizer.Solve(model, nights, options, new ExtraMoney(l, options.MarginalEur / c.Months),
                startsFrom: baseline.Starts, passes: 1, leastMoney: false, hint: baseline.SolverValues);
            // More money cannot do worse; a negative difference is the solver's gap, not a cost.
            double leakers = Math.Max(baseline.ExpectedLeakers - s.ExpectedLeakers, 0);
            double damage = Math.Max(baseline.ExpectedDamage - s.ExpectedDamage, 0);
            double objective = Math.Max(baseline.ExpectedObjective - s.Objective, 0);
            values.Add(new MarginalValue(c.Lines[l].Id, options.MarginalEur, leakers, damage, objective));
        }
        return [.. values.OrderByDescending(v => v.ObjectiveSaved).ThenBy(v => v.Line, StringComparer.Ordinal)];
    }
}
