using Oberig.Cli.Commands;
using Oberig.Models.Rules;
using Oberig.Scenario;
using Oberig.Scenario.Model;

namespace Oberig.Cli;

/// <summary>Finds the catalog and loads a scenario against it, the same way for every command that runs one.</summary>
public static class ScenarioInput
{
    public static ScenarioDefinition Load(string path, string? catalogDirectory)
    {
        var (_, catalog) = CatalogOption.Load(catalogDirectory, Path.GetDirectoryName(Path.GetFullPath(path)));
        return ScenarioLoader.Load(path, catalog, FlightRules.All);
    }
}
