using Oberig.Campaign.Running;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.OrTools.Tests;

/// <summary>The simulation search: it keeps only moves the simulation backs, the gain holds on replications it never
/// saw, and it keeps to a budget.</summary>
public class PlanSearchTests
{
    private static readonly CampaignRunOptions Check = new() { Replications = 40, Seed = 5, Threads = 2 };

    [Fact]
    public void FromAPoorPlanItFindsOneThatIsBetterOnReplicationsItNeverSaw()
    {
        var c = Campaigns.MoneyBound();
        var model = Campaigns.Model(c);
        // A poor start: all of France's money on the seeker line, the joint fund spread evenly, motors starved.
        var poor = new FundingPlan
        {
            Funding = new Dictionary<string, IReadOnlyList<double>> { ["fr-seeker"] = [1.5e6], ["ua-motor"] = [0.5e6], ["ua-assembly"] = [3.5e6] },
            Investments = [],
        };
        var result = PlanSearch.Run(model, poor, CampaignObjective.Leakers, Check, maxEvaluations: 60);
        Assert.NotEmpty(result.Moves);
        Assert.InRange(result.Evaluations, 2, 60);
        // Judged on the check's own replications (the search used the block after them).
        var before = CampaignRunner.Run(model, poor, Check).Select(r => (double)r.TotalLeaked).ToArray();
        var after = CampaignRunner.Run(model, result.Plan, Check).Select(r => (double)r.TotalLeaked).ToArray();
        var change = PairedDifference.Of(after, before);
        Assert.True(change.Interval95.High < 0, $"leakers changed by {change.Mean:F1} ± {change.StandardError:F1} after {string.Join("; ", result.Moves)}");
    }

    [Fact]
    public void ItNeverSpendsPastTheBudget()
    {
        var c = Campaigns.MoneyBound();
        var model = Campaigns.Model(c);
        double budget = 15e6;
        var start = EqualSplitPlan.For(c, budget);
        var result = PlanSearch.Run(model, start, CampaignObjective.Leakers, Check, maxEvaluations: 40, budgetEur: budget);
        double spent = CampaignRunner.Run(model, result.Plan, PlanSearch.SearchReplications(Check)).Average(r => r.LineSpentEur.Cast<double>().Sum());
        Assert.True(spent <= budget * (1 + 1e-9), $"spent {spent:E3} of {budget:E3}");
    }

    [Fact]
    public void PairedDifferencesHaveTheTextbookMeanAndStandardError()
    {
        // Differences 1, 2, 3, 6: mean 3, sample variance 14 / 3, standard error sqrt(14 / 3 / 4).
        var d = PairedDifference.Of([2, 4, 6, 10], [1, 2, 3, 4]);
        Assert.Equal(3, d.Mean, 12);
        Assert.Equal(Math.Sqrt(14.0 / 3 / 4), d.StandardError, 12);
        Assert.Equal(3 - 1.96 * d.StandardError, d.Interval95.Low, 12);
        Assert.Throws<ArgumentException>(() => PairedDifference.Of([1, 2], [1]));
    }
}
