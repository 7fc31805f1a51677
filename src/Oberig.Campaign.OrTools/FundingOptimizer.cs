using Oberig.Campaign.Production;
using Oberig.Campaign.Running;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.OrTools;

/// <summary>
/// Funding and investments over a campaign's horizon that minimise expected damage (or leakers) from interceptors
/// short: a mixed-integer program on expected values (<see cref="FundingMip"/> states its constraints and
/// approximations; <see cref="ExpectedNights"/> how the nights are priced). Check its plan by simulation
/// (<see cref="OptimizeStudy"/>): the program is an approximation, the simulation is the judge.
/// </summary>
/// <remarks>
/// The learning curve makes unit cost fall with cumulative output, which a linear program cannot hold as it is. Each
/// solve uses one unit cost per line and month: Wright's law read at the cumulative output the previous solve planned
/// before that month (the first solve: the line's prior units only, so its costs are the highest the campaign can see).
/// Passes repeat up to <see cref="OptimizeOptions.LearningPasses"/> times or until the starts stop moving. While the
/// planned output only grows from pass to pass the costs used are never below the simulation's, so the money planned
/// pays for the starts planned.
/// </remarks>
public static class FundingOptimizer
{
    public static OptimizeResult Optimize(CampaignModel model, OptimizeOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var nights = ExpectedNights.Of(model);
        var (solution, passes) = Solve(model, nights, options, extra: null);
        return ToResult(model.Campaign, nights, options, solution, passes);
    }

    /// <summary>Solves with the learning curve's passes; <paramref name="extra"/> adds money only one line may use.</summary>
    /// <param name="startsFrom">Planned starts to read the first pass's unit costs at (a marginal value's re-solve
    /// starts from the baseline's); null: none, the highest costs.</param>
    /// <param name="hint">A solution to start the first pass from (the baseline's, when pricing extra money).</param>
    internal static (MipSolution Solution, int Passes) Solve(CampaignModel model, ExpectedNights nights, OptimizeOptions options, ExtraMoney? extra,
        double[,]? startsFrom = null, int? passes = null, bool leastMoney = true, IReadOnlyDictionary<string, double>? hint = null)
    {
        var c = model.Campaign;
        var starts = startsFrom ?? new double[c.Lines.Count, c.Months];
        MipSolution? solution = null;
        int pass = 0;
        while (pass < (passes ?? options.LearningPasses))
        {
            pass++;
            // Each pass starts from the last: its unit costs were no lower, so its plan still pays for itself.
            var next = FundingMip.Solve(model, nights, UnitCosts(c, starts), options, extra, leastMoney, solution?.Values ?? hint);
            bool settled = solution is not null && SameStarts(solution.Starts, next.Starts);
            solution = next;
            starts = next.Starts;
            if (settled) break;
        }
        return (solution!, pass);
    }

    /// <summary>[line, month]: the next unit's cost at the start of each month, given the starts planned before it.</summary>
    internal static double[,] UnitCosts(CampaignDefinition campaign, double[,] starts)
    {
        var costs = new double[campaign.Lines.Count, campaign.Months];
        for (int l = 0; l < campaign.Lines.Count; l++)
        {
            var line = campaign.Lines[l];
            var curve = new LearningCurve(line.FirstUnitCostEur, line.LearningRate);
            double made = line.PriorUnits;
            for (int m = 0; m < campaign.Months; m++)
            {
                costs[l, m] = curve.UnitCost(made + 1);
                made += starts[l, m];
            }
        }
        return costs;
    }

    private static bool SameStarts(double[,] a, double[,] b)
    {
        for (int l = 0; l < a.GetLength(0); l++)
            for (int m = 0; m < a.GetLength(1); m++)
                if (Math.Abs(a[l, m] - b[l, m]) > 1e-6 * Math.Max(1, Math.Abs(a[l, m]))) return false;
        return true;
    }

    private static OptimizeResult ToResult(CampaignDefinition c, ExpectedNights nights, OptimizeOptions options, MipSolution s, int passes)
    {
        var funding = new Dictionary<string, IReadOnlyList<double>>();
        for (int l = 0; l < c.Lines.Count; l++)
        {
            var amounts = Enumerable.Range(0, c.Months).Select(m => s.Operating[l, m]).ToArray();
            if (amounts.Any(a => a > 0)) funding[c.Lines[l].Id] = amounts;
        }
        var investments = new List<PlannedInvestment>();
        for (int l = 0; l < c.Lines.Count; l++)
            for (int i = 0; i < s.InvestedIn[l].Length; i++)
                if (s.InvestedIn[l][i] >= 0) investments.Add(new PlannedInvestment(c.Lines[l].Id, c.Lines[l].Investments[i].Id, s.InvestedIn[l][i]));
        return new OptimizeResult
        {
            Plan = new FundingPlan { Funding = funding, Investments = [.. investments.OrderBy(i => i.Month).ThenBy(i => i.Line, StringComparer.Ordinal)] },
            Objective = options.Objective,
            Optimal = s.Optimal,
            ExpectedObjective = s.Objective,
            ExpectedLeakers = s.ExpectedLeakers,
            ExpectedDamage = s.ExpectedDamage,
            ExpectedDemand = (double[,])nights.Demand.Clone(),
            ExpectedShortfall = s.Shortfall,
            Starts = s.Starts,
            Flows = s.Flows,
            Passes = passes,
            SolverValues = s.Values,
        };
    }
}
