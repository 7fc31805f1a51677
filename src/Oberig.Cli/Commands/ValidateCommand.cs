using System.CommandLine;
using Oberig.Scenario;

namespace Oberig.Cli.Commands;

/// <summary>
/// <c>oberig validate FILE [--catalog DIR]</c>: every problem on stderr, one per line, exit 2; or a one-line summary.
/// </summary>
public static class ValidateCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("FILE") { Description = "Scenario file, YAML or JSON" };
        var catalogOption = CatalogOption.Create();
        var command = new Command("validate", "Check a scenario file against the schema, the catalog and the rules in docs/FORMATS.md");
        command.Arguments.Add(file);
        command.Options.Add(catalogOption);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            // Load throws InputException with every problem; CliHost prints them to stderr and exits 2.
            var s = ScenarioInput.Load(path, parseResult.GetValue(catalogOption));
            int threats = s.Raids.Sum(r => r.Count);
            parseResult.InvocationConfiguration.Output.WriteLine(
                $"{path}: valid ({s.Assets.Count} assets, {s.Sensors.Count} sensors, {s.FireUnits.Count} fire units, {s.Raids.Count} raids, {threats} threats)");
            return CliHost.Ok;
        });
        return command;
    }
}
