using Oberig.Campaign.Running;
using Oberig.Core.Diagnostics;
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
    /// <summary>Until the campaign file loader and plan writer are on this branch, reading a campaign file is refused
    /// as bad input (exit code 2), not a crash.</summary>
    public static CampaignOptimizeIo Default { get; } = new(
        path => throw new InputException(new InputProblem(path, 0, "", "campaign files cannot be read by this build yet (the campaign loader is not wired to 'campaign optimize')")),
        (path, _) => throw new InputException(new InputProblem(path, 0, "--out", "plans cannot be written by this build yet (the plan writer is not wired to 'campaign optimize')")));
}
