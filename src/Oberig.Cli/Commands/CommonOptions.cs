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
        HelpName = "table|json",
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "table";
            if (text.Equals("table", StringComparison.OrdinalIgnoreCase)) return OutputFormat.Table;
            if (text.Equals("json", StringComparison.OrdinalIgnoreCase)) return OutputFormat.Json;
            result.AddError($"--format: '{text}' is not a format (allowed: table, json)");
            return OutputFormat.Table;
        },
    };

    public static int Positive(int value, string name) => value >= 1
        ? value
        : throw new InputException(new InputProblem("<command line>", 0, name, $"{value} is not allowed (must be at least 1)"));
}
