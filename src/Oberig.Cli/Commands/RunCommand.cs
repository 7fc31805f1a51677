using System.CommandLine;
using System.Diagnostics;
using Oberig.Analysis.Reports;
using Oberig.Analysis.Store;
using Oberig.Engine.Running;

namespace Oberig.Cli.Commands;

/// <summary><c>oberig run FILE</c>: runs a scenario's replications and reports what was launched, engaged, destroyed and leaked.</summary>
public static class RunCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("FILE") { Description = "Scenario file (YAML or JSON)." };
        var seed = new Option<ulong?>("--seed") { Description = "Random seed; default: the scenario's settings.seed." };
        var replications = new Option<int?>("--replications", "-r") { Description = "Replications; default: the scenario's settings.replications." };
        var threads = new Option<int>("--threads", "-j")
        {
            Description = "Worker threads for replications (results do not depend on it).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var output = new Option<string?>("--out", "-o") { Description = "Run folder for results.sqlite and summary.json; default runs/<scenario>-<UTC time>/." };
        var format = CommonOptions.Format();
        var catalog = CatalogOption.Create();

        var command = new Command("run", "Run a scenario's replications and summarise the outcome with 95 % intervals.")
        {
            file, seed, replications, threads, output, format, catalog,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var scenario = ScenarioInput.Load(path, parse.GetValue(catalog));
            var options = new RunOptions(
                parse.GetValue(seed) ?? scenario.Settings.Seed,
                CommonOptions.Positive(parse.GetValue(replications) ?? scenario.Settings.Replications, "--replications"),
                CommonOptions.Positive(parse.GetValue(threads), "--threads"));
            var runFolder = RunFolder.Create(parse.GetValue(output), path);

            var clock = Stopwatch.StartNew();
            RunSummary summary;
            using (var store = new SqliteResultsStore(Path.Combine(runFolder, "results.sqlite")))
            {
                store.WriteMetadata(RunFolder.Metadata(path, scenario, options));
                var results = RunProgress.Run(scenario, options, store, parse.InvocationConfiguration.Error);
                summary = RunSummary.From(scenario, options.Seed, results);
                var json = JsonReport.Serialize(summary);
                store.WriteSummaryJson(json);
                File.WriteAllText(Path.Combine(runFolder, "summary.json"), json + "\n");
            }
            clock.Stop();

            var stdout = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                stdout.WriteLine(JsonReport.Serialize(summary));
                parse.InvocationConfiguration.Error.WriteLine($"results: {runFolder}");
            }
            else
            {
                SummaryTable.Write(summary, stdout);
                double simulated = summary.SimulatedSeconds.Mean * summary.Replications;
                stdout.WriteLine($"{summary.Replications} replications in {clock.Elapsed.TotalSeconds:0.00} s wall " +
                    $"({simulated / clock.Elapsed.TotalSeconds:N0} simulated s per wall s, {options.Threads} threads)");
                stdout.WriteLine($"results: {runFolder}");
            }
            return CliHost.Ok;
        });
        return command;
    }
}
