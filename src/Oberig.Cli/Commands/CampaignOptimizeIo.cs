using Oberig.Campaign.Running;
using Oberig.Scenario.Campaign;

namespace Oberig.Cli.Commands;

/// <summary>
/// The file input and output <c>campaign optimize</c> needs: read a campaign (with its outcome table and the catalog)
/// into a model, and write a plan. A seam, so the command's logic is tested on campaigns built in code and the loader
/// and plan writer plug in where they live (Oberig.Scenario.Campaign: CampaignLoader, OutcomeTableFile,
/// FundingPlanWriter).
/// </summary>
public sealed record CampaignOptimizeIo(Func<string, CampaignModel> LoadModel, Action<string, FundingPlan> WritePlan)
{
    /// <summary>The campaign file with its outcome table, against the catalog found near it (<see cref="CampaignInput"/>);
    /// plans written by <see cref="FundingPlanWriter"/>, which <see cref="FundingPlanLoader"/> reads back.</summary>
    public static CampaignOptimizeIo Default { get; } = new(
        path => CampaignInput.Load(path, null, null, null).Model,
        FundingPlanWriter.Write);
}
