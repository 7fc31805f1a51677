using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Oberig.Analysis.Plots;
using Oberig.Campaign.Results;
using Oberig.Campaign.Running;

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
        var outDir = new Option<string?>("--out") { Description = "folder for summary.json, stocks.png/.svg and leakers.png/.svg" };
        var format = CommonOptions.Format();
        var catalogOption = CatalogOption.Create();
        var command = new Command("run",
            "Runs a campaign: production lines, funding, deliveries and stocks day by day against nightly raids resolved " +
            "from the fitted outcome table; prints stocks, production, fired, leakers, damage, cost-exchange ratio and the " +
            "first day each stock runs short, with 95 % bands over replications.")
        {
            file, plan, months, replications, seed, threads, outDir, format, catalogOption,
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
            return CliHost.Ok;
        });
        return command;
    }

    private static void Save(string dir, CampaignSummary summary)
    {
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "summary.json"), JsonSerializer.Serialize(summary, CampaignJson.Options));
        var stocks = summary.Products.Select(p => Series(p.Product, p.StockByDay)).ToList();
        var leakers = new List<BandSeries> { Series("leakers per night", summary.LeakedByDay) };
        foreach (var extension in new[] { ".png", ".svg" })
        {
            BandPlot.Save(Path.Combine(dir, "stocks" + extension), $"{summary.Campaign}: fire units' stocks (mean, 95 % band)", "day", "units at fire units", stocks);
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
