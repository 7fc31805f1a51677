using Oberig.Analysis.Store;
using Oberig.Engine.Results;
using Oberig.Engine.Running;
using Oberig.Engine.World;
using Oberig.Scenario.Model;
using Spectre.Console;

namespace Oberig.Cli;

/// <summary>Runs the replications, with a progress bar on the terminal when a person is watching.</summary>
public static class RunProgress
{
    public static IReadOnlyList<ReplicationResult> Run(ScenarioDefinition scenario, RunOptions options, SqliteResultsStore store, TextWriter stderr)
    {
        bool interactive = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && options.Replications > 1;
        if (!interactive) return ReplicationRunner.RunAll(scenario, options, observer: store);

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IReadOnlyList<ReplicationResult> results = [];
        console.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask($"{scenario.Name}: replications", maxValue: options.Replications);
            results = ReplicationRunner.RunAll(scenario, options, observer: new Counting(store, task));
        });
        return results;
    }

    private sealed class Counting(SqliteResultsStore store, ProgressTask task) : IReplicationObserver
    {
        public void Starting(SimulationWorld world, Oberig.Engine.Events.EventStream events) => store.Starting(world, events);
        public void Completed(SimulationWorld world, ReplicationResult result)
        {
            store.Completed(world, result);
            task.Increment(1);
        }
    }
}
