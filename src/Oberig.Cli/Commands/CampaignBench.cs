using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Oberig.Campaign.Results;
using Oberig.Campaign.Running;

namespace Oberig.Cli.Commands;

/// <summary>
/// <c>oberig bench campaign FILE [--replications N] [--months N] [--threads N]</c>: wall time of a campaign's
/// replications and of their summary (issue 6's yardstick: 12 months × 1,000 replications in under a minute on 2 cores).
/// </summary>
public static class CampaignBench
{
    public static Command Build()
    {
        var file = new Argument<string>("FILE") { Description = "Campaign file to time." };
        var replications = new Option<int>("--replications", "-r") { Description = "Timed replications.", DefaultValueFactory = _ => 1000 };
        var months = new Option<int?>("--months") { Description = "Horizon in months (default: the file's)." };
        var threads = new Option<int>("--threads", "-j") { Description = "Worker threads.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var catalog = CatalogOption.Create();
        var command = new Command("campaign", "Wall time of a campaign's replications and summary.") { file, replications, months, threads, catalog };
        command.SetAction(parse =>
        {
            var (model, _) = CampaignInput.Load(parse.GetValue(file)!, parse.GetValue(catalog), null, parse.GetValue(months));
            var options = new CampaignRunOptions
            {
                Replications = CommonOptions.Positive(parse.GetValue(replications), "--replications"),
                Threads = CommonOptions.Positive(parse.GetValue(threads), "--threads"),
                Seed = model.Campaign.Seed,
            };
            // One untimed replication first: JIT and the outcome table's first reads.
            CampaignReplication.Run(model, null, options.Seed, 0);
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var records = CampaignRunner.Run(model, null, options);
            double runS = clock.Elapsed.TotalSeconds;
            CampaignSummary.From(model, records, options.Seed);
            double totalS = clock.Elapsed.TotalSeconds;
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var o = parse.InvocationConfiguration.Output;
            var ci = CultureInfo.InvariantCulture;
            o.WriteLine(string.Create(ci, $"campaign: {model.Campaign.Name}; {options.Replications} replications of {model.Campaign.Months} months on {options.Threads} thread(s), {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
            o.WriteLine(string.Create(ci, $"replications: {runS:0.00} s ({runS * 1000 / options.Replications:0.00} ms each, {options.Replications * model.Campaign.Days / runS:0} campaign days per second)"));
            o.WriteLine(string.Create(ci, $"with the summary (bands over replications): {totalS:0.00} s"));
            o.WriteLine(string.Create(ci, $"allocated: {allocated / 1024.0 / 1024.0:0.0} MiB"));
            return CliHost.Ok;
        });
        return command;
    }
}
