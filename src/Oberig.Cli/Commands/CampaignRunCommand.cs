using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Oberig.Analysis.Plots;
using Oberig.Campaign.Results;
using Oberig.Campaign.Running;
using Oberig.Core.Diagnostics;

namespace Oberig.Cli.Commands;

/// <summary>
/// <c>oberig campaign run FILE [--plan PLAN] [--months N] [--replications N] [--seed S] [--threads N]
/// [--format table|json] [--out DIR]</c>: month by month production, deliveries, stocks, interceptors fired, leakers,
/// damage and cost-exchange ratio over replications of the campaign, with 95 % bands; plots and the JSON in DIR.
/// </summary>
public static class CampaignRunCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("FILE") { Description = "campaign file (YAML or JSON, docs/FORMATS.md)" };
        var plan = new Option<string?>("--plan") { Description = "plan file: EUR per line per month and investments (default: every line asks for what it can use)" };
        var months = new Option<int?>("--months") { Description = "horizon in months (default: the file's)" };
        var replications = new Option<int?>("--replications") { Description = "replications (default: the file's)" };
        var seed = new Option<ulong?>("--seed") { Description = "random seed (default: the file's)" };
        var threads = new Option<int>("--threads") { Description = "worker threads (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var outDir = new Option<string?>("--out") { Description = "folder for summary.json, stock-PRODUCT.png/.svg per product and leakers.png/.svg" };
        var checkDays = new Option<string?>("--check-days") { Description = "days (0-based, comma-separated) whose nights in the first replication the full engine runs again, beside the outcome table's", HelpName = "D,D,..." };
        var checkScenario = new Option<string?>("--check-scenario") { Description = "the scenario the outcome table was fitted from (needed by --check-days)", HelpName = "FILE" };
        var format = CommonOptions.Format();
        var catalogOption = CatalogOption.Create();
        var command = new Command("run",
            "Runs a campaign: production lines, funding, deliveries and stocks day by day against nightly raids resolved " +
            "from the fitted outcome table; prints stocks, production, fired, leakers, damage, cost-exchange ratio and the " +
            "first day each stock runs short, with 95 % bands over replications.")
        {
            file, plan, months, replications, seed, threads, outDir, checkDays, checkScenario, format, catalogOption,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            var (model, funding) = CampaignInput.Load(path, parse.GetValue(catalogOption), parse.GetValue(plan), parse.GetValue(months));
            var options = new CampaignRunOptions
            {
                Replications = CommonOptions.Positive(parse.GetValue(replications) ?? model.Campaign.Replications, "--replications"),
                Seed = parse.GetValue(seed) ?? model.Campaign.Seed,
                Threads = CommonOptions.Positive(parse.GetValue(threads), "--threads"),
            };
            IReadOnlyList<int>? days = parse.GetValue(checkDays) is { } d ? CampaignEngineCheck.ParseDays(d, model.Campaign.Days) : null;
            if (days is not null && parse.GetValue(checkScenario) is null)
                throw new InputException(new InputProblem("<command line>", 0, "--check-scenario", "is required with --check-days (the scenario the outcome table was fitted from)"));
            var clock = Stopwatch.StartNew();
            var records = CampaignRunner.Run(model, funding, options);
            var summary = CampaignSummary.From(model, records, options.Seed);
            clock.Stop();
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(outDir) is { } dir) Save(dir, summary);
            if (parse.GetValue(format) == OutputFormat.Json) output.WriteLine(JsonSerializer.Serialize(summary, CampaignJson.Options));
            else
            {
                CampaignReport.Print(output, summary);
                output.WriteLine($"{options.Replications} replications of {summary.Months} months in {clock.Elapsed.TotalSeconds:0.00} s wall ({options.Threads} threads)");
                if (parse.GetValue(outDir) is { } written) output.WriteLine($"results: {written}");
            }
            if (days is not null)
            {
                var scenario = ScenarioInput.Load(parse.GetValue(checkScenario)!, parse.GetValue(catalogOption));
                var (rows, fired, missing) = CampaignEngineCheck.Run(model, funding, options.Seed, days, scenario);
                if (parse.GetValue(outDir) is { } checkDir)
                    File.WriteAllText(Path.Combine(checkDir, "engine-check.json"), JsonSerializer.Serialize(new { threats = rows, fired, fire_units_not_in_scenario = missing }, CampaignJson.Options));
                if (parse.GetValue(format) != OutputFormat.Json) CampaignEngineCheck.Print(output, rows, fired, missing);
            }
            return CliHost.Ok;
        });
        return command;
    }

    private static void Save(string dir, CampaignSummary summary)
    {
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "summary.json"), JsonSerializer.Serialize(summary, CampaignJson.Options));
        var leakers = new List<BandSeries> { Series("leakers per night", summary.LeakedByDay) };
        foreach (var extension in new[] { ".png", ".svg" })
        {
            // One plot per product: a gun's thousands of rounds would flatten the missiles' tens on a shared axis.
            foreach (var p in summary.Products)
                BandPlot.Save(Path.Combine(dir, $"stock-{p.Product}{extension}"), $"{summary.Campaign}: {p.Product} at the fire units (mean, 95 % band)",
                    "day", "units at fire units", [Series(p.Product, p.StockByDay)]);
            BandPlot.Save(Path.Combine(dir, "leakers" + extension), $"{summary.Campaign}: threats that leaked each night (mean, 95 % band)", "day", "leakers", leakers);
        }
    }

    private static BandSeries Series(string name, IReadOnlyList<Band> bands) =>
        new(name, [.. bands.Select(b => b.Mean)], [.. bands.Select(b => b.Low)], [.. bands.Select(b => b.High)]);
}

/// <summary>The campaign outputs' JSON spelling: snake_case, indented.</summary>
public static class CampaignJson
{
    public static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };
}
