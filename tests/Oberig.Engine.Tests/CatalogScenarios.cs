using Oberig.Engine.Events;
using Oberig.Engine.Results;
using Oberig.Engine.World;
using Oberig.Scenario;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Model;

namespace Oberig.Engine.Tests;

/// <summary>Scenarios written as YAML against the repository's catalog, for tests of the engine with the catalog's
/// real systems (fly-out data, gun tables), loaded through the same loader as the command line.</summary>
internal static class CatalogScenarios
{
    public static CatalogSet Catalog { get; } = CatalogLoader.Load(Path.Combine(Root(), "catalog"));

    public static ScenarioDefinition Load(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"oberig-test-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try { return ScenarioLoader.Load(path, Catalog); }
        finally { File.Delete(path); }
    }

    /// <summary>One replication with every phase on: the world as it ended, every event, and its outcome.</summary>
    public static (SimulationWorld World, List<SimEvent> Events, ReplicationResult Outcome) Run(ScenarioDefinition scenario, int replication, ulong seed = 11)
    {
        var world = WorldBuilder.Build(scenario, seed, replication);
        var events = new EventStream();
        var recorder = new EventRecorder();
        var tally = new OutcomeTally(world);
        events.Subscribe(recorder);
        events.Subscribe(tally);
        new Simulation().Run(world, events);
        return (world, recorder.Events, tally.Summarise(recorder.Events.Count));
    }

    /// <summary>The repository's root (the folder holding Oberig.slnx).</summary>
    public static string Root()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Oberig.slnx"))) return d.FullName;
        throw new DirectoryNotFoundException("Oberig.slnx");
    }
}
