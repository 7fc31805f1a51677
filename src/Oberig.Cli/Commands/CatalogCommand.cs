using System.CommandLine;

namespace Oberig.Cli.Commands;

public static class CatalogCommand
{
    public static Command Build()
    {
        var command = new Command("catalog", "(not yet built)");
        return command;
    }
}
