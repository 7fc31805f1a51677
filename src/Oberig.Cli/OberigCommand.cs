using System.CommandLine;
using Oberig.Cli.Commands;

namespace Oberig.Cli;

/// <summary>The whole `oberig` command tree; Program.cs and the tests both build it here.</summary>
public static class OberigCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Oberig: open integrated air and missile defense simulator and decision-support tool.");
        root.Subcommands.Add(RunCommand.Build());
        root.Subcommands.Add(ValidateCommand.Build());
        root.Subcommands.Add(CatalogCommand.Build());
        root.Subcommands.Add(GeoCommand.Build());
        root.Subcommands.Add(TrackCommand.Build());
        root.Subcommands.Add(RadarCommand.Build());
        root.Subcommands.Add(WtaCommand.Build());
        root.Subcommands.Add(BenchCommand.Build());
        root.Subcommands.Add(EngageCommand.Build());
        root.Subcommands.Add(EnvelopeCommand.Build());
        // TEMPORARY parent for `oberig campaign fit` until the campaign command tree is hung here.
        root.Subcommands.Add(new Command("campaign", "Campaign layer: fit outcome tables from the engine.") { CampaignFitCommand.Create() });
        return root;
    }
}
