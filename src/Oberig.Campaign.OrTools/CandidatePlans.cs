using Oberig.Campaign.Running;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.OrTools;

/// <summary>Plans to check the optimiser's against: the simulation's default written out as a plan, and blends.</summary>
public static class CandidatePlans
{
    /// <summary>
    /// A plan as the simulation carries it out, written as a plan: what each line spent each month (capital apart, as
    /// plans keep it), with the investments the sources could pay. For <c>plan = null</c>, the simulation's default
    /// (every line asks for what it can use). Production does not depend on the raids, so one replication gives it
    /// exactly; run as a plan it funds every line as the original did, and it can be written to a file.
    /// </summary>
    public static FundingPlan Realised(CampaignModel model, FundingPlan? plan = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var c = model.Campaign;
        var record = CampaignReplication.Run(model, plan, c.Seed, 0);
        var funding = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
        for (int l = 0; l < c.Lines.Count; l++)
        {
            var line = c.Lines[l];
            funding[line.Id] = [.. Enumerable.Range(0, c.Months).Select(m => record.LineSpentEur[l, m]
                - record.Investments.Where(i => i.Line == line.Id && i.Month == m).Sum(i => line.Investments.First(o => o.Id == i.Investment).CapitalEur))];
        }
        return new FundingPlan { Funding = funding, Investments = [.. record.Investments] };
    }

    /// <summary>
    /// <paramref name="share"/> of plan <paramref name="a"/> and the rest of <paramref name="b"/>, line by line and month
    /// by month, with <paramref name="a"/>'s investments when its share is at least half: between two plans that fund
    /// different lines, one the expected-value model prefers and one the simulation does, the simulation may prefer a mix.
    /// </summary>
    public static FundingPlan Blend(CampaignDefinition campaign, FundingPlan a, FundingPlan b, double share)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var funding = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
        foreach (var line in campaign.Lines)
            funding[line.Id] = [.. Enumerable.Range(0, campaign.Months).Select(m => share * a.ForLine(line.Id, m) + (1 - share) * b.ForLine(line.Id, m))];
        return new FundingPlan { Funding = funding, Investments = share >= 0.5 ? a.Investments : b.Investments };
    }
}
