using System.CommandLine;
using Oberig.Cli;
using Oberig.Cli.Commands;

var root = new RootCommand("Oberig: open integrated air and missile defense simulator and decision-support tool.");
root.Subcommands.Add(RunCommand.Build());
root.Subcommands.Add(ValidateCommand.Build());
root.Subcommands.Add(CatalogCommand.Build());
root.Subcommands.Add(GeoCommand.Build());
root.Subcommands.Add(BenchCommand.Build());
return CliHost.Invoke(root, args);
