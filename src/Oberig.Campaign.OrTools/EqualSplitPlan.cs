using Oberig.Campaign.Funding;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.OrTools;

/// <summary>
/// The plan with no thought in it, the baseline the optimiser must beat: each month every source's inflow is split
/// equally over the lines its rules let it pay; no investments. Under a budget smaller than the sources' money every
/// amount shrinks by the same factor.
/// </summary>
public static class EqualSplitPlan
{
    public static FundingPlan For(CampaignDefinition campaign, double? budgetEur = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        int nl = campaign.Lines.Count;
        var amounts = new double[nl][];
        for (int l = 0; l < nl; l++) amounts[l] = new double[campaign.Months];
        double total = 0;
        foreach (var source in campaign.Funding)
        {
            int[] payable = [.. Enumerable.Range(0, nl).Where(l => FundingLedger.MayPay(source, campaign.Lines[l]))];
            if (payable.Length == 0) continue;
            for (int m = 0; m < campaign.Months; m++)
            {
                double share = source.AmountInMonth(m) / payable.Length;
                foreach (int l in payable) amounts[l][m] += share;
                total += source.AmountInMonth(m);
            }
        }
        double scale = budgetEur is { } budget && total > budget ? budget / total : 1;
        return new FundingPlan
        {
            Funding = Enumerable.Range(0, nl).ToDictionary(l => campaign.Lines[l].Id, l => (IReadOnlyList<double>)[.. amounts[l].Select(a => a * scale)]),
            Investments = [],
        };
    }
}
