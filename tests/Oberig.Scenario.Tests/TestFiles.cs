using Oberig.Core.Diagnostics;
using Oberig.Scenario.Catalog;

namespace Oberig.Scenario.Tests;

/// <summary>The fixture catalog, and scenario text written to throw-away files so each test shows its input's lines.</summary>
internal static class TestFiles
{
    public static string FixturePath(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static string CatalogDirectory => FixturePath("catalog");

    /// <summary>The repository checkout the tests run from (the folder holding schema/, catalog/ and examples/).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (Directory.Exists(Path.Combine(d.FullName, "schema"))) return d.FullName;
        throw new DirectoryNotFoundException("schema/");
    }

    private static readonly Lazy<CatalogSet> LoadedCatalog = new(() => CatalogLoader.Load(CatalogDirectory));
    public static CatalogSet Catalog => LoadedCatalog.Value;

    public static string NewDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "oberig-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string Write(string text, string name = "s.yaml")
    {
        var path = Path.Combine(NewDirectory(), name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Problems as printed, with the file's path shortened to its name so expectations read like the CLI's output.</summary>
    public static string[] Problems(IReadOnlyList<InputProblem> problems, string path) =>
        problems.Select(p => p.ToString().Replace(path, Path.GetFileName(path), StringComparison.Ordinal)).ToArray();

    public static string[] ScenarioProblems(string text, string name = "s.yaml")
    {
        var path = Write(text, name);
        return Problems(ScenarioLoader.Validate(path, Catalog), path);
    }

    /// <summary>A valid scenario's opening lines (1-4); tests append the part they break.</summary>
    public const string Head = """
        name: T
        area: {south: 49, west: 29, north: 53, east: 33}
        settings: {duration_s: 600, step_s: 1}
        assets: [{id: city, position: {lat: 50.45, lon: 30.52}, value: 1, radius_m: 1000}]

        """;
}
