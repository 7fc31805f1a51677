using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Oberig.Scenario.Catalog;
using Spectre.Console;

namespace Oberig.Cli.Commands;

/// <summary><c>oberig catalog list|show</c>: what the catalog holds, each number with its source.</summary>
public static class CatalogCommand
{
    public static Command Build()
    {
        var command = new Command("catalog", "List and show the catalog's threat, sensor, interceptor and system types");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        return command;
    }

    private static Command List()
    {
        var catalogOption = CatalogOption.Create();
        var format = CommonOptions.Format();
        var command = new Command("list", "Every catalog type with its id, kind and key figures");
        command.Options.Add(catalogOption);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var (_, catalog) = CatalogOption.Load(parseResult.GetValue(catalogOption), Environment.CurrentDirectory);
            var output = parseResult.InvocationConfiguration.Output;
            var entries = CatalogEntries.All(catalog).ToList();
            if (parseResult.GetValue(format) == OutputFormat.Json)
            {
                var array = new JsonArray(entries.Select(e => (JsonNode)new JsonObject
                {
                    ["id"] = e.Id, ["type"] = e.Type, ["kind"] = e.Kind, ["name"] = e.Name, ["figures"] = CatalogFigures.Of(e.Value),
                }).ToArray());
                output.WriteLine(new JsonObject { ["version"] = catalog.Version, ["entries"] = array }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                return CliHost.Ok;
            }
            var table = new Table().AddColumns("id", "type", "kind", "key figures");
            foreach (var e in entries) table.AddRow(Markup.Escape(e.Id), e.Type, e.Kind, Markup.Escape(CatalogFigures.Of(e.Value)));
            var console = Console(output);
            console.Write(table);
            console.WriteLine($"catalog version {catalog.Version}");
            return CliHost.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("ID") { Description = "Catalog id, e.g. shahed-136" };
        var catalogOption = CatalogOption.Create();
        var command = new Command("show", "Every field of one catalog type, its value and its source");
        command.Arguments.Add(id);
        command.Options.Add(catalogOption);
        command.SetAction(parseResult =>
        {
            var (dir, catalog) = CatalogOption.Load(parseResult.GetValue(catalogOption), Environment.CurrentDirectory);
            var entry = CatalogEntries.Find(catalog, parseResult.GetValue(id)!, dir);
            var json = entry.ToJson();
            var sources = json["sources"] as JsonObject;
            var table = new Table().AddColumns("field", "value", "source");
            foreach (var (field, value) in json)
            {
                if (field == "sources") continue;
                // A table of numbers (flyout, gun, evasive, ...) is sourced member by member as "table.member", so it
                // is shown the same way: one row, one source, per number.
                if (value is JsonObject members)
                    foreach (var (member, inner) in members) AddRow($"{field}.{member}", inner);
                else AddRow(field, value);
            }
            void AddRow(string field, JsonNode? value) =>
                table.AddRow(Markup.Escape(field), Markup.Escape(value?.ToString() ?? ""), Markup.Escape(sources?[field]?.GetValue<string>() ?? ""));
            var console = Console(parseResult.InvocationConfiguration.Output);
            console.WriteLine($"{entry.Id}: {entry.Name} ({entry.Type}, {entry.Kind})");
            console.Write(table);
            console.WriteLine($"catalog version {catalog.Version}");
            return CliHost.Ok;
        });
        return command;
    }

    // Spectre writes to the command's own writer, so tests and redirection capture the table; a redirected writer
    // gets a wide, colourless layout because there is no terminal to measure.
    internal static IAnsiConsole Console(TextWriter writer)
    {
        bool terminal = ReferenceEquals(writer, System.Console.Out) && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal) console.Profile.Width = 200;
        return console;
    }
}
