using System.CommandLine;
using Oberig.Core.Diagnostics;

namespace Oberig.Cli.Commands;

public enum OutputFormat { Table, Json }

/// <summary>Options shared by several commands, so they are spelt and documented the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<OutputFormat> Format() => new("--format", "-f")
    {
        Description = "Output format: table (for people) or json (for programs).",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    public static int Positive(int value, string name) => value >= 1
        ? value
        : throw new InputException(new InputProblem("<command line>", 0, name, $"{value} is not allowed (must be at least 1)"));
}
