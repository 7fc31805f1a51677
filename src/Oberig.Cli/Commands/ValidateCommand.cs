using System.CommandLine;

namespace Oberig.Cli.Commands;

public static class ValidateCommand
{
    public static Command Build()
    {
        var command = new Command("validate", "(not yet built)");
        return command;
    }
}
