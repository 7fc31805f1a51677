using System.CommandLine;

namespace Oberig.Cli.Commands;

public static class BenchCommand
{
    public static Command Build()
    {
        var command = new Command("bench", "(not yet built)");
        return command;
    }
}
