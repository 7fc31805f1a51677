using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Oberig.Campaign.Outcomes;
using Oberig.Core.Diagnostics;
using Oberig.Scenario.Campaign;
using Spectre.Console;

namespace Oberig.Cli.Commands;

/// <summary>
/// <c>oberig campaign fit SCENARIO [--scales 0.5,1,2,4] [--replications N] [--seed S] [--threads N] --out FILE.yaml</c>:
/// runs the scenario's raids at several sizes through the engine and writes the outcome table the campaign resolves
/// its nights with (<see cref="OutcomeFitter"/>).
/// </summary>
public static class CampaignFitCommand
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    public static Command Create()
    {
        var file = new Argument<string>("SCENARIO") { Description = "Representative scenario (YAML or JSON) whose raids are scaled." };
        var scales = new Option<string>("--scales")
        {
            Description = "Raid sizes to run, as multiples of the scenario's raids (comma-separated, each > 0).",
            DefaultValueFactory = _ => "0.5,1,2,4",
        };
        var replications = new Option<int>("--replications", "-r") { Description = "Replications at each scale.", DefaultValueFactory = _ => 8 };
        var seed = new Option<ulong?>("--seed") { Description = "Random seed; default: the scenario's settings.seed." };
        var threads = new Option<int>("--threads", "-j")
        {
            Description = "Worker threads (results do not depend on it).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var output = new Option<string?>("--out", "-o") { Description = "Outcome table file to write (YAML)." };
        var catalog = CatalogOption.Create();
        var command = new Command("fit",
            "Fit a campaign outcome table: run the scenario with every raid scaled by each of --scales and record, per " +
            "threat type, interceptors fired and threats killed per threat launched by interceptor type, the leaked " +
            "fraction and the damage per leaker.")
        {
            file, scales, replications, seed, threads, output, catalog,
        };
        command.SetAction(parse =>
        {
            var problems = new List<InputProblem>();
            var parsedScales = ParseScales(parse.GetValue(scales), problems);
            int reps = parse.GetValue(replications), workers = parse.GetValue(threads);
            if (reps < 1) problems.Add(Problem("--replications", $"{reps} is not allowed (must be at least 1)"));
            if (workers < 1) problems.Add(Problem("--threads", $"{workers} is not allowed (must be at least 1)"));
            var outPath = parse.GetValue(output);
            if (string.IsNullOrWhiteSpace(outPath)) problems.Add(Problem("--out", "is required (the outcome table file to write)"));
            if (problems.Count > 0) throw new InputException(problems);

            var path = parse.GetValue(file)!;
            var scenario = ScenarioInput.Load(path, parse.GetValue(catalog));
            var options = new OutcomeFitOptions { Scales = parsedScales, Replications = reps, Seed = parse.GetValue(seed), Threads = workers };
            var clock = Stopwatch.StartNew();
            var table = OutcomeFitter.Fit(scenario, options);
            clock.Stop();

            OutcomeTableFile.Write(outPath!, table, $"Fitted by: oberig campaign fit {path} --scales {string.Join(',', options.Validated().Scales.Select(s => s.ToString(Ci)))} " +
                $"--replications {reps} --seed {table.Seed} --out {outPath}");
            var stdout = parse.InvocationConfiguration.Output;
            WriteSummary(table, stdout);
            int nights = parsedScales.Count * reps;
            stdout.WriteLine($"{nights} nights ({parsedScales.Count} scales x {reps} replications) in {clock.Elapsed.TotalSeconds:0.0} s wall, {workers} threads");
            stdout.WriteLine($"outcome table: {outPath}");
            return CliHost.Ok;
        });
        return command;
    }

    private static List<double> ParseScales(string? text, List<InputProblem> problems)
    {
        var list = new List<double>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, Ci, out double s) || !double.IsFinite(s) || s <= 0)
                problems.Add(Problem("--scales", $"'{part}' is not a scale (allowed: numbers > 0, comma-separated)"));
            else if (list.Contains(s)) problems.Add(Problem("--scales", $"{part} is given twice"));
            else list.Add(s);
        }
        return list;
    }

    private static InputProblem Problem(string option, string message) => new("<command line>", 0, option, message);

    /// <summary>Per threat type at scale 1 (or the scale nearest it): launched, leaked fraction, damage per leaker,
    /// and per interceptor type the rounds fired and threats killed per threat launched.</summary>
    private static void WriteSummary(OutcomeTable table, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
        });
        console.Profile.Width = Math.Max(console.Profile.Width, 150);
        double scale = table.Threats.SelectMany(t => t.Points).Select(p => p.Scale).MinBy(s => Math.Abs(Math.Log(s)));
        var interceptors = table.Threats.SelectMany(t => t.Points).SelectMany(p => p.ShotsPerThreat.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var summary = new Table().Title($"{table.Scenario}: per threat launched at scale {scale.ToString(Ci)} (rounds fired / killed), seed {table.Seed}, {table.Replications} replications per scale");
        summary.AddColumns(["threat", "launched", "leak fraction", "damage per leaker", "EUR per leaker", .. interceptors]);
        foreach (var t in table.Threats)
        {
            var p = t.Points.First(x => x.Scale == scale);
            string[] cells =
            [
                t.Threat, table.BaselineRaid.GetValueOrDefault(t.Threat).ToString("0.#", Ci), p.LeakFraction.ToString("0.000", Ci),
                t.DamagePerLeaker.ToString("0.###", Ci), t.DamageEurPerLeaker.ToString("N0", Ci),
                .. interceptors.Select(i => $"{p.ShotsPerThreat.GetValueOrDefault(i).ToString("0.###", Ci)} / {p.KillsPerThreat.GetValueOrDefault(i).ToString("0.###", Ci)}"),
            ];
            summary.AddRow(cells.Select(c => new Text(c)).ToArray());
        }
        console.Write(summary);
        console.WriteLine("leak fraction by scale: " + string.Join("; ", table.Threats.Select(t =>
            $"{t.Threat} " + string.Join(" ", t.Points.Select(p => $"x{p.Scale.ToString(Ci)} {p.LeakFraction.ToString("0.00", Ci)}")))));
    }
}
