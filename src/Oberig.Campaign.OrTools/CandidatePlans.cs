using Oberig.Campaign.Running;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.OrTools;

/// <summary>Plans to check the optimiser's against: the simulation's default written out as a plan, and blends.</summary>
public static class CandidatePlans
{
    /// <summary>
    /// The simulation's default (every line asks for what it can use, <c>plan = null</c>) as the plan it comes to: what
    /// each line spent each month. Production does not depend on the raids, so one replication gives it exactly; run
    /// as a plan it funds every line as the default did, and it can be written to a file.
    /// </summary>
    public static FundingPlan Realised(CampaignModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var record = CampaignReplication.Run(model, null, model.Campaign.Seed, 0);
        var c = model.Campaign;
        var funding = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
        for (int l = 0; l < c.Lines.Count; l++)
            funding[c.Lines[l].Id] = [.. Enumerable.Range(0, c.Months).Select(m => record.LineSpentEur[l, m])];
        return new FundingPlan { Funding = funding, Investments = [] };
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
