using System.CommandLine;

namespace Oberig.Cli.Commands;

public static class RunCommand
{
    public static Command Build()
    {
        var command = new Command("run", "(not yet built)");
        return command;
    }
}
