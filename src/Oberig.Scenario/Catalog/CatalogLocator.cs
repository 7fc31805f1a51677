using Oberig.Core.Diagnostics;

namespace Oberig.Scenario.Catalog;

/// <summary>
/// Finds the catalog directory: an explicit <c>--catalog DIR</c>, else <c>$OBERIG_CATALOG</c>, else the nearest
/// <c>catalog/</c> folder (holding threats.yaml) above the scenario file, else above the installed program.
/// </summary>
public static class CatalogLocator
{
    public const string EnvironmentVariable = "OBERIG_CATALOG";

    /// <summary>The nearest catalog above <paramref name="startDirectory"/>, then above AppContext.BaseDirectory; null if none.</summary>
    public static string? FindDefault(string? startDirectory)
    {
        foreach (var start in new[] { startDirectory, AppContext.BaseDirectory })
        {
            if (string.IsNullOrEmpty(start)) continue;
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "catalog");
                if (File.Exists(Path.Combine(candidate, "threats.yaml"))) return candidate;
            }
        }
        return null;
    }

    /// <summary>The catalog directory to use, or an <see cref="InputException"/> saying how to name one.</summary>
    public static string Resolve(string? explicitDirectory, string? startDirectory)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory)) return explicitDirectory;
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return fromEnvironment;
        return FindDefault(startDirectory) ?? throw new InputException(new InputProblem("catalog", 0, "",
            $"no catalog/ folder found above {startDirectory ?? "the current directory"} or the program (give one with --catalog DIR or ${EnvironmentVariable})"));
    }
}
