using Oberig.Scenario;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Model;

namespace Oberig.Cli;

/// <summary>Finds the catalog and loads a scenario against it, the same way for every command.</summary>
public static class ScenarioInput
{
    public static ScenarioDefinition Load(string path, string? catalogDirectory)
    {
        var catalog = LoadCatalog(catalogDirectory, Path.GetDirectoryName(Path.GetFullPath(path)));
        return ScenarioLoader.Load(path, catalog);
    }

    public static CatalogSet LoadCatalog(string? catalogDirectory, string? startDirectory) =>
        CatalogLoader.Load(catalogDirectory ?? CatalogLocator.FindDefault(startDirectory));
}
