using System.CommandLine;
using Oberig.Scenario.Catalog;

namespace Oberig.Cli.Commands;

/// <summary>The shared <c>--catalog DIR</c> option and how commands turn it into a loaded catalog.</summary>
internal static class CatalogOption
{
    public static Option<string?> Create() => new("--catalog")
    {
        Description = $"Catalog directory (default: ${CatalogLocator.EnvironmentVariable}, else the nearest catalog/ above the input or the program)",
    };

    /// <summary>Loads the catalog named by the option, or found near <paramref name="startDirectory"/>.</summary>
    public static (string Directory, CatalogSet Catalog) Load(string? explicitDirectory, string? startDirectory)
    {
        var dir = CatalogLocator.Resolve(explicitDirectory, startDirectory);
        return (dir, CatalogLoader.Load(dir));
    }
}
