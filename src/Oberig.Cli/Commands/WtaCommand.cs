using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Oberig.BattleManagement.Assignment;
using Oberig.BattleManagement.Assignment.Solvers;
using Oberig.BattleManagement.OrTools;
using Oberig.Core.Diagnostics;
using Oberig.Core.Text;
using Spectre.Console;

namespace Oberig.Cli.Commands;

/// <summary>
/// <c>oberig wta solve FILE [--method NAME] [--time-limit S] [--threads N] [--format table|json]</c> and
/// <c>oberig wta generate --weapons M --targets N --mu K --seed S [--out FILE]</c>: static weapon-target assignment on
/// the public instance format of Andersen, Pavlikov and Toffolo (2022).
/// </summary>
public static class WtaCommand
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <summary>Every solver name the command line accepts: the library's, then the OR-Tools ones.</summary>
    public static IReadOnlyList<string> SolverNames { get; } = [.. WtaSolvers.Names.Union(OrToolsSolvers.Names, StringComparer.OrdinalIgnoreCase)];

    public static IWtaSolver? SolverByName(string name) => OrToolsSolvers.ByName(name) ?? WtaSolvers.ByName(name);

    public static Command Build()
    {
        var command = new Command("wta", "Static weapon-target assignment: solve an instance file, or generate random ones.")
        {
            BuildSolve(), BuildGenerate(),
        };
        return command;
    }

    private static Command BuildSolve()
    {
        var file = new Argument<string>("FILE") { Description = "Instance: 'm n mu', n target values, m*n lines 'i j p_ij' (0-based)." };
        var method = new Option<string>("--method", "-m") { Description = "Solver: " + string.Join(", ", SolverNames) + " (greedy: heuristic with local search and VLSN; exact: branch and bound on the configuration LP's Lagrangian bound; ortools-naive: a plain CP-SAT model for comparison).", DefaultValueFactory = _ => WtaSolvers.Default };
        var timeLimit = new Option<double>("--time-limit") { Description = "Wall-clock limit in seconds for an exact solver.", DefaultValueFactory = _ => 60 };
        var threads = new Option<int>("--threads", "-j") { Description = "Threads an exact solver may use.", DefaultValueFactory = _ => 1 };
        var bound = new Option<bool>("--bound") { Description = "For a heuristic, also compute the configuration LP's bound (column generation) so the gap is to a proven bound; its time is reported apart.", DefaultValueFactory = _ => true };
        var format = CommonOptions.Format();
        var solve = new Command("solve", "Solve an instance; print objective, best bound, gap, seconds and the assignment.")
        {
            file, method, timeLimit, threads, bound, format,
        };
        solve.SetAction(parse =>
        {
            var problems = new List<InputProblem>();
            string name = parse.GetValue(method)!;
            var solver = SolverByName(name);
            if (solver is null)
                problems.Add(new InputProblem("<command line>", 0, "--method", $"'{name}' is not a solver (allowed: {string.Join(", ", SolverNames)}){(DidYouMean.Closest(name, SolverNames) is { } close ? $"; did you mean '{close}'?" : "")}"));
            double limit = parse.GetValue(timeLimit);
            if (!(limit > 0) || !double.IsFinite(limit)) problems.Add(new InputProblem("<command line>", 0, "--time-limit", $"{limit} is not allowed (seconds, more than 0)"));
            int t = parse.GetValue(threads);
            if (t < 1) problems.Add(new InputProblem("<command line>", 0, "--threads", $"{t} is not allowed (must be at least 1)"));
            if (problems.Count > 0) throw new InputException(problems);

            var instance = WtaFile.Read(parse.GetValue(file)!);
            var clock = Stopwatch.StartNew();
            var options = new WtaSolveOptions { TimeLimit = TimeSpan.FromSeconds(limit), Threads = t };
            var solution = solver!.Solve(instance, options);
            double seconds = clock.Elapsed.TotalSeconds;
            double? boundSeconds = null;
            if (solver is GreedySolver && parse.GetValue(bound))
            {
                clock.Restart();
                solution = WithLpBound(instance, solution, options, clock);
                boundSeconds = clock.Elapsed.TotalSeconds;
            }
            var o = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == OutputFormat.Json) WriteJson(o, instance, solution, seconds, boundSeconds);
            else PrintTable(o, instance, solution, solver.Name, seconds, boundSeconds);
            return CliHost.Ok;
        });
        return solve;
    }

    /// <summary>A heuristic's solution with the configuration LP's bound (the exact method's root bound), so its gap is
    /// to a proven bound rather than to nothing.</summary>
    private static WtaSolution WithLpBound(WtaInstance instance, WtaSolution solution, WtaSolveOptions options, Stopwatch clock)
    {
        var dual = new ColumnGenerationDual().Maximise(instance, solution.Counts, solution.Objective, enough: solution.Objective, options, clock);
        double bound = Math.Min(solution.Objective, Math.Max(solution.Bound, dual.Bound));
        return solution with { Bound = bound, Proven = solution.Objective - bound <= options.RelativeGap * Math.Abs(solution.Objective) };
    }

    /// <summary>The pairs (weapon, target), one per unit, in weapon then target order.</summary>
    public static List<(int Weapon, int Target)> Pairs(WtaInstance instance, WtaSolution solution)
    {
        var pairs = new List<(int, int)>();
        for (int i = 0; i < instance.Weapons; i++)
            for (int j = 0; j < instance.Targets; j++)
                for (int u = 0; u < solution.Counts[i * instance.Targets + j]; u++) pairs.Add((i, j));
        return pairs;
    }

    private static void WriteJson(TextWriter o, WtaInstance instance, WtaSolution s, double seconds, double? boundSeconds)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("objective", s.Objective);
            json.WriteNumber("bound", s.Bound);
            json.WriteNumber("gap", s.Gap);
            json.WriteNumber("seconds", Math.Round(seconds, 6));
            if (boundSeconds is { } b) json.WriteNumber("bound_seconds", Math.Round(b, 6));
            json.WriteStartArray("assignment");
            foreach (var (weapon, target) in Pairs(instance, s))
            {
                json.WriteStartArray(); json.WriteNumberValue(weapon); json.WriteNumberValue(target); json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        o.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void PrintTable(TextWriter o, WtaInstance instance, WtaSolution s, string method, double seconds, double? boundSeconds)
    {
        var console = CatalogCommand.Console(o);
        console.WriteLine(string.Create(Ci, $"{instance.Weapons} weapon types x {instance.Targets} targets, {instance.Available.Sum()} weapons; method {method}"));
        console.WriteLine(string.Create(Ci, $"objective {s.Objective:0.######}, bound {s.Bound:0.######}, gap {s.Gap:0.####%}{(s.Proven ? " (optimal within the gap tolerance)" : "")}, {seconds:0.###} s{(boundSeconds is { } b ? string.Create(Ci, $" (bound: configuration LP, {b:0.###} s more)") : "")}"));
        var table = new Table().AddColumns("weapon", "target", "units", "p");
        for (int i = 0; i < instance.Weapons; i++)
            for (int j = 0; j < instance.Targets; j++)
            {
                int x = s.Counts[i * instance.Targets + j];
                if (x > 0) table.AddRow(i.ToString(Ci), j.ToString(Ci), x.ToString(Ci), instance.Probability(i, j).ToString("0.####", Ci));
            }
        console.Write(table);
    }

    private static Command BuildGenerate()
    {
        var weapons = new Option<int>("--weapons") { Description = "Weapon types m.", Required = true };
        var targets = new Option<int>("--targets") { Description = "Targets n.", Required = true };
        var mu = new Option<int>("--mu") { Description = "Uses of each weapon type.", DefaultValueFactory = _ => 1 };
        var seed = new Option<ulong>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out", "-o") { Description = "Write to this file (default: standard output)." };
        var generate = new Command("generate",
            $"Write a random instance: values uniform in [{WtaGenerator.MinValue}, {WtaGenerator.MaxValue}], probabilities uniform in " +
            $"[{WtaGenerator.MinProbability:0.00}, {WtaGenerator.MaxProbability:0.00}] (Ahuja et al. 2007).")
        {
            weapons, targets, mu, seed, output,
        };
        generate.SetAction(parse =>
        {
            var problems = new List<InputProblem>();
            int m = parse.GetValue(weapons), n = parse.GetValue(targets), k = parse.GetValue(mu);
            if (m < 1) problems.Add(new InputProblem("<command line>", 0, "--weapons", $"{m} is not allowed (must be at least 1)"));
            if (n < 1) problems.Add(new InputProblem("<command line>", 0, "--targets", $"{n} is not allowed (must be at least 1)"));
            if (k < 1) problems.Add(new InputProblem("<command line>", 0, "--mu", $"{k} is not allowed (must be at least 1)"));
            if (problems.Count > 0) throw new InputException(problems);
            var instance = WtaGenerator.Generate(m, n, k, parse.GetValue(seed));
            if (parse.GetValue(output) is { } path)
            {
                using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
                WtaFile.Write(instance, writer);
            }
            else WtaFile.Write(instance, parse.InvocationConfiguration.Output);
            return CliHost.Ok;
        });
        return generate;
    }
}
