using System.CommandLine;

namespace Oberig.Cli.Commands;

public static class GeoCommand
{
    public static Command Build()
    {
        var command = new Command("geo", "(not yet built)");
        return command;
    }
}
