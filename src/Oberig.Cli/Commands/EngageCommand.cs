using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Oberig.Analysis.Statistics;
using Oberig.Core.Diagnostics;
using Oberig.Models.Effectors.Engagement;
using Oberig.Models.Effectors.Flight;
using Oberig.Scenario.Catalog;
using Spectre.Console;

namespace Oberig.Cli.Commands;

/// <summary>
/// <c>oberig engage --interceptor TYPE --threat TYPE --range-km R --altitude-m H [--crossing-km C] [--threat-g G]
/// [--runs N] [--seed S]</c>: Monte Carlo of single engagements with the 3-DOF fly-out (<see cref="SingleEngagement"/>).
/// </summary>
public static class EngageCommand
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    public static Command Build()
    {
        var interceptor = new Option<string>("--interceptor") { Description = "catalog interceptor id with a flyout table, e.g. aster-30" };
        var threat = new Option<string>("--threat") { Description = "catalog threat id, e.g. kh-101" };
        var range = new Option<double>("--range-km") { Description = "threat's ground range from the launcher at launch, km (> 0)" };
        var altitude = new Option<double>("--altitude-m") { Description = "threat's height, m (>= 0)" };
        var crossing = new Option<double>("--crossing-km") { Description = "how far the threat's path passes beside the launcher, km (default 0: straight at it)" };
        var g = new Option<double>("--threat-g") { Description = "threat's weave, g of lateral acceleration (default 0: straight)" };
        var runs = new Option<int>("--runs") { Description = "Monte Carlo runs (default 200)", DefaultValueFactory = _ => 200 };
        var seed = new Option<ulong>("--seed") { Description = "random seed (default 1)", DefaultValueFactory = _ => 1UL };
        var format = CommonOptions.Format();
        var catalogOption = CatalogOption.Create();
        var command = new Command("engage",
            "Monte Carlo of single engagements: the interceptor's 3-DOF fly-out (thrust, drag, g limits, true PN on the " +
            "fire-control track with its error, then on the seeker) against the threat; prints the kill probability with " +
            "its 95 % interval, mean and 90th-percentile miss, time of flight, intercept range, or 'out of envelope' with why.")
        {
            interceptor, threat, range, altitude, crossing, g, runs, seed, format, catalogOption,
        };
        command.SetAction(parse =>
        {
            var problems = new List<InputProblem>();
            string? interceptorId = parse.GetValue(interceptor), threatId = parse.GetValue(threat);
            if (string.IsNullOrEmpty(interceptorId)) problems.Add(new InputProblem("<command line>", 0, "--interceptor", "is required"));
            if (string.IsNullOrEmpty(threatId)) problems.Add(new InputProblem("<command line>", 0, "--threat", "is required"));
            if (parse.GetResult(range) is null) problems.Add(new InputProblem("<command line>", 0, "--range-km", "is required"));
            if (parse.GetResult(altitude) is null) problems.Add(new InputProblem("<command line>", 0, "--altitude-m", "is required"));
            var setup = new EngagementSetup(parse.GetValue(range) * 1000, parse.GetValue(altitude), parse.GetValue(crossing) * 1000, parse.GetValue(g));
            foreach (var p in setup.Problems())
            {
                int colon = p.IndexOf(':');
                problems.Add(new InputProblem("<command line>", 0, p[..colon], p[(colon + 1)..].Trim()));
            }
            int n = parse.GetValue(runs);
            if (n < 1) problems.Add(new InputProblem("<command line>", 0, "--runs", $"{n} is not allowed (at least 1)"));
            if (problems.Count > 0) throw new InputException(problems);

            var (_, catalog) = CatalogOption.Load(parse.GetValue(catalogOption), Environment.CurrentDirectory);
            var (missile, target) = FlownPair.Resolve(catalog, interceptorId!, threatId!, problems);
            if (problems.Count > 0) throw new InputException(problems);

            var results = SingleEngagement.Run(missile!, target!, setup, n, parse.GetValue(seed));
            var summary = Summarise(results);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == OutputFormat.Json) output.WriteLine(JsonSerializer.Serialize(summary, JsonOut));
            else Print(output, missile!, target!, setup, summary);
            return CliHost.Ok;
        });
        return command;
    }

    private static readonly JsonSerializerOptions JsonOut = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    /// <summary>What one Monte Carlo of engagements comes to.</summary>
    public sealed record EngageSummary(
        int Runs, int Reached, double KillProbability, double KillProbabilityLow, double KillProbabilityHigh,
        double? MeanMissM, double? Miss90M, double? MeanTimeOfFlightS, double? MeanInterceptRangeKm, string? OutOfEnvelope);

    public static EngageSummary Summarise(IReadOnlyList<EngagementRun> runs)
    {
        var pk = Estimate.Of(runs.Select(r => r.KillProbability).ToList());
        var reached = runs.Where(r => r.Flight.ReachedTarget).ToList();
        string? outOfEnvelope = reached.Count == 0
            ? runs.GroupBy(r => r.Flight.End).OrderByDescending(gr => gr.Count()).First().First().Flight.Describe()
            : null;
        double? Mean(Func<EngagementRun, double> f) => reached.Count > 0 ? reached.Average(f) : null;
        double? p90 = null;
        if (reached.Count > 0)
        {
            var misses = reached.Select(r => r.Flight.MissM).Order().ToArray();
            p90 = misses[Math.Min(misses.Length - 1, (int)Math.Ceiling(0.9 * misses.Length) - 1)];
        }
        return new EngageSummary(runs.Count, reached.Count, pk.Mean, Math.Max(0, pk.Low), Math.Min(1, pk.High),
            Mean(r => r.Flight.MissM), p90, Mean(r => r.Flight.TimeS), Mean(r => r.InterceptRangeM / 1000), outOfEnvelope);
    }

    private static void Print(TextWriter output, InterceptorType missile, ThreatType threat, EngagementSetup setup, EngageSummary s)
    {
        output.WriteLine(string.Create(Ci, $"{missile.Id} against {threat.Id}: {setup.RangeM / 1000:0.#} km out, {setup.AltitudeM:0} m, crossing {setup.CrossingM / 1000:0.#} km, weave {setup.ThreatG:0.#} g; {s.Runs} runs"));
        if (s.OutOfEnvelope is not null)
        {
            output.WriteLine(s.OutOfEnvelope);
            return;
        }
        var table = new Table().AddColumns(Markup.Escape("kill probability [95 %]"), "reached", "mean miss (m)", "90th pct miss (m)", "time of flight (s)", "intercept range (km)");
        table.AddRow(
            Markup.Escape(string.Create(Ci, $"{s.KillProbability:0.000} [{s.KillProbabilityLow:0.000}, {s.KillProbabilityHigh:0.000}]")),
            string.Create(Ci, $"{s.Reached} of {s.Runs}"),
            string.Create(Ci, $"{s.MeanMissM:0.0}"), string.Create(Ci, $"{s.Miss90M:0.0}"),
            string.Create(Ci, $"{s.MeanTimeOfFlightS:0.0}"), string.Create(Ci, $"{s.MeanInterceptRangeKm:0.00}"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 120;
        console.Write(table);
    }
}
