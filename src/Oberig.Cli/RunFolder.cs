using Oberig.Engine.Running;
using Oberig.Scenario.Model;

namespace Oberig.Cli;

/// <summary>Where a run's results go, and what is recorded about how it was made.</summary>
public static class RunFolder
{
    public static string Create(string? requested, string scenarioPath)
    {
        var folder = requested ?? Path.Combine("runs",
            $"{Path.GetFileNameWithoutExtension(scenarioPath)}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        Directory.CreateDirectory(folder);
        var store = Path.Combine(folder, "results.sqlite");
        // A run folder holds one run: an older store there would mix two runs' rows.
        foreach (var stale in new[] { store, store + "-wal", store + "-shm" })
            if (File.Exists(stale)) File.Delete(stale);
        return folder;
    }

    public static IEnumerable<KeyValuePair<string, string>> Metadata(string scenarioPath, ScenarioDefinition scenario, RunOptions options) =>
    [
        new("scenario", scenario.Name),
        new("scenario_path", Path.GetFullPath(scenarioPath)),
        new("catalog_version", scenario.CatalogVersion),
        new("seed", options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("replications", options.Replications.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("threads", options.Threads.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("started_utc", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        new("oberig_version", typeof(RunFolder).Assembly.GetName().Version?.ToString() ?? "unknown"),
    ];
}
