using System.CommandLine;

namespace Oberig.Cli.Commands;

/// <summary><c>oberig campaign</c>: months of raids against stocks fed by jointly run production lines.</summary>
public static class CampaignCommand
{
    public static Command Build() => new("campaign",
        "The campaign layer: joint production, funding, logistics and interceptor stocks over months of nightly raids.")
    {
        CampaignValidateCommand.Build(),
        CampaignRunCommand.Build(),
        CampaignFitCommand.Create(),
        CampaignOptimizeCommand.Create(),
    };
}
