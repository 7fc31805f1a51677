using Oberig.Campaign.Running;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.OrTools;

/// <summary>What <see cref="ExtraEur"/> more for <see cref="Line"/> saves in the simulation with the rest of the plan
/// held: the mean over replications of the paired saving in leakers and damage, with 95 % confidence intervals.</summary>
public sealed record SimulatedMarginal(string Line, double ExtraEur, PairedDifference Leakers, PairedDifference Damage)
{
    public double LeakersSaved => -Leakers.Mean;
    public double DamageSaved => -Damage.Mean;
}

/// <summary>
/// Marginal values by simulation: for each line, the campaign again with a source of <c>MarginalEur</c> that may pay
/// only that line, spread evenly over the horizon (lapsing when the line cannot use it that month), and the line
/// offered that much more; run on the same replications as without it (common random numbers), so the saving per
/// replication is the extra money's, not the dice's.
/// </summary>
/// <remarks>
/// The plan is held as realised: every line is offered what it received under the plan (production does not depend on
/// the raids, so one replication gives it) rather than what the plan offered. Otherwise money earmarked for one line
/// would free the shared sources' money for any line the plan offers more than the sources could pay, and every line
/// of a country would show that line's value. Where the program's marginal values (<see cref="MarginalValues"/>)
/// re-plan every line around the extra money in the expected-value model, these ask the simulation about the one line:
/// money for a component line whose partner lines are at the plan's output saves nothing here, since the bill of
/// materials binds.
/// </remarks>
public static class SimulatedMarginals
{
    public const string SourceId = "marginal-value";

    public static IReadOnlyList<SimulatedMarginal> Compute(CampaignModel model, FundingPlan plan, OptimizeOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var c = model.Campaign;
        var run = new CampaignRunOptions { Replications = options.Replications, Seed = options.Seed, Threads = options.Threads };
        var held = CandidatePlans.Realised(model, plan);
        var baseline = CampaignRunner.Run(model, held, run);
        double[] leakers = [.. baseline.Select(r => (double)r.TotalLeaked)], damage = [.. baseline.Select(r => r.TotalDamage)];
        double perMonth = options.MarginalEur / c.Months;
        var values = new List<SimulatedMarginal>();
        foreach (var line in c.Lines)
        {
            var source = new FundingSourceDefinition
            {
                // Lapsing: the ledger spends lapsing money first, so the line is paid from this source before any other.
                Id = SourceId, EurPerMonth = [perMonth], EligibleCountries = [], EligibleLines = [line.Id], Unspent = UnspentFunds.Lapse,
            };
            var richer = model.WithCampaign(c with { Funding = [.. c.Funding, source] });
            var funding = new Dictionary<string, IReadOnlyList<double>>(held.Funding, StringComparer.Ordinal)
            {
                [line.Id] = [.. Enumerable.Range(0, c.Months).Select(m => held.ForLine(line.Id, m) + perMonth)],
            };
            var records = CampaignRunner.Run(richer, held with { Funding = funding }, run);
            values.Add(new SimulatedMarginal(line.Id, options.MarginalEur,
                PairedDifference.Of([.. records.Select(r => (double)r.TotalLeaked)], leakers),
                PairedDifference.Of([.. records.Select(r => r.TotalDamage)], damage)));
        }
        return [.. values.OrderByDescending(v => options.Objective == CampaignObjective.Leakers ? v.LeakersSaved : v.DamageSaved)
            .ThenBy(v => v.Line, StringComparer.Ordinal)];
    }
}
