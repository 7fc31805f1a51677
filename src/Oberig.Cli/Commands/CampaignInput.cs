using Oberig.Campaign.Running;
using Oberig.Core.Diagnostics;
using Oberig.Scenario.Campaign;

namespace Oberig.Cli.Commands;

/// <summary>
/// What every <c>oberig campaign</c> subcommand reads first: the campaign file against the catalog, its fitted outcome
/// table, optionally a plan, with the horizon shortened by <c>--months</c>; every problem reported at once.
/// </summary>
public static class CampaignInput
{
    public static (CampaignModel Model, FundingPlan? Plan) Load(string file, string? catalogDirectory, string? planFile, int? months)
    {
        var (_, catalog) = CatalogOption.Load(catalogDirectory, Path.GetDirectoryName(Path.GetFullPath(file)));
        var campaign = CampaignLoader.Load(file, catalog);
        if (months is { } m) campaign = WithMonths(campaign, m);
        var outcomes = OutcomeTableFile.Read(campaign.OutcomesPath);
        var plan = planFile is null ? null : FundingPlanLoader.Load(planFile, campaign);
        return (new CampaignModel(campaign, outcomes, catalog), plan);
    }

    /// <summary>The campaign over <paramref name="months"/> months: fewer than the file's always; more only when no
    /// funding source lists its amounts month by month (the file cannot say what month 13 brings).</summary>
    public static CampaignDefinition WithMonths(CampaignDefinition campaign, int months)
    {
        if (months < 1) throw new InputException(new InputProblem("<command line>", 0, "--months", $"{months} is not allowed (at least 1)"));
        var listed = campaign.Funding.FirstOrDefault(f => f.EurPerMonth.Count > 1);
        if (months > campaign.Months && listed is not null)
            throw new InputException(new InputProblem("<command line>", 0, "--months",
                $"{months} is more than the campaign's {campaign.Months} months, and funding source '{listed.Id}' lists its amounts for those months only (allowed: 1 to {campaign.Months})"));
        return campaign with { Months = months };
    }
}
