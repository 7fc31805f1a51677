using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Oberig.Engine.Running;

namespace Oberig.Cli.Commands;

/// <summary>
/// <c>oberig bench engine FILE</c>: times whole replications of a scenario (no results store, no progress display),
/// for docs/PERFORMANCE.md. Wall-clock figures belong here, never in tests.
/// </summary>
public static class BenchCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("FILE") { Description = "Scenario file to time." };
        var replications = new Option<int>("--replications", "-r") { Description = "Timed replications.", DefaultValueFactory = _ => 20 };
        var threads = new Option<int>("--threads", "-j") { Description = "Worker threads.", DefaultValueFactory = _ => 1 };
        var warmup = new Option<int>("--warmup") { Description = "Untimed replications first (JIT, caches).", DefaultValueFactory = _ => 2 };
        var catalog = CatalogOption.Create();
        var engine = new Command("engine", "Wall time per replication and simulated seconds per wall second.")
        {
            file, replications, threads, warmup, catalog,
        };
        engine.SetAction(parse =>
        {
            var scenario = ScenarioInput.Load(parse.GetValue(file)!, parse.GetValue(catalog));
            int n = CommonOptions.Positive(parse.GetValue(replications), "--replications");
            int t = CommonOptions.Positive(parse.GetValue(threads), "--threads");
            for (int i = 0; i < parse.GetValue(warmup); i++) ReplicationRunner.RunOne(scenario, scenario.Settings.Seed, i);

            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var results = ReplicationRunner.RunAll(scenario, new RunOptions(scenario.Settings.Seed, n, t));
            clock.Stop();
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

            double simulated = results.Sum(r => r.SimulatedSeconds);
            long steps = (long)results.Sum(r => Math.Round(r.SimulatedSeconds / scenario.Settings.Step.Seconds));
            var o = parse.InvocationConfiguration.Output;
            var ci = CultureInfo.InvariantCulture;
            o.WriteLine(string.Create(ci, $"scenario: {scenario.Name}; {n} replications on {t} thread(s), {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
            o.WriteLine(string.Create(ci, $"wall time per replication: {clock.Elapsed.TotalMilliseconds / n:0.00} ms"));
            o.WriteLine(string.Create(ci, $"simulated seconds per wall second: {simulated / clock.Elapsed.TotalSeconds:0}"));
            o.WriteLine(string.Create(ci, $"steps per second: {steps / clock.Elapsed.TotalSeconds:0} ({steps / n} steps of {scenario.Settings.Step.Seconds} s per replication)"));
            o.WriteLine(string.Create(ci, $"allocated per replication: {allocated / n / 1024.0:0.0} KiB"));
            return CliHost.Ok;
        });
        var command = new Command("bench", "Performance measurements (figures for docs/PERFORMANCE.md).") { engine, TrackBench.Build(), WtaBench.Build(), CampaignBench.Build() };
        return command;
    }
}
