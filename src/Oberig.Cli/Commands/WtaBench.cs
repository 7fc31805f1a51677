using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Oberig.BattleManagement.Assignment;
using Oberig.BattleManagement.Assignment.Solvers;
using Oberig.BattleManagement.OrTools;
using Oberig.Core.Diagnostics;

namespace Oberig.Cli.Commands;

/// <summary>
/// <c>oberig bench wta</c>: the issue 4 grid. For each size and mu, generates an instance (Ahuja et al. ranges),
/// times each heuristic (median of several runs), the exact method and the plain CP-SAT model under a time limit,
/// and reports each heuristic's gap to the best objective found by any method and to the exact method's bound.
/// </summary>
public static class WtaBench
{
    public static Command Build()
    {
        var sizes = new Option<string>("--sizes") { Description = "Comma-separated MxN sizes.", DefaultValueFactory = _ => "50x100,100x200,150x300,200x400,250x500,300x600" };
        var mus = new Option<string>("--mu") { Description = "Comma-separated mu values.", DefaultValueFactory = _ => "1,2,3" };
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds for the exact method per instance.", DefaultValueFactory = _ => 60 };
        var seed = new Option<ulong>("--seed") { Description = "Generator seed.", DefaultValueFactory = _ => 1 };
        var naive = new Option<bool>("--ortools") { Description = "Also run ortools-naive (the plain CP-SAT model) under the same limit.", DefaultValueFactory = _ => true };
        var threads = new Option<int>("--threads", "-j") { Description = "Threads for the exact method.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quick = new Option<bool>("--heuristics-only") { Description = "Time the heuristics only and print their objectives (no exact method, no CP-SAT)." };
        var command = new Command("wta", "Weapon-target assignment: heuristics' time and gap, exact method's time to optimum or gap at the limit.")
        {
            sizes, mus, timeLimit, seed, threads, naive, quick,
        };
        command.SetAction(parse =>
        {
            var grid = new List<(int M, int N)>();
            foreach (var part in parse.GetValue(sizes)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var mn = part.Split('x');
                if (mn.Length == 2 && int.TryParse(mn[0], CultureInfo.InvariantCulture, out int m) && int.TryParse(mn[1], CultureInfo.InvariantCulture, out int n) && m >= 1 && n >= 1) grid.Add((m, n));
                else throw new InputException(new InputProblem("<command line>", 0, "--sizes", $"'{part}' is not MxN"));
            }
            var muList = new List<int>();
            foreach (var part in parse.GetValue(mus)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                if (int.TryParse(part, CultureInfo.InvariantCulture, out int k) && k >= 1) muList.Add(k);
                else throw new InputException(new InputProblem("<command line>", 0, "--mu", $"'{part}' is not a positive whole number"));
            double limit = parse.GetValue(timeLimit);
            int t = CommonOptions.Positive(parse.GetValue(threads), "--threads");
            var o = parse.InvocationConfiguration.Output;
            var ci = CultureInfo.InvariantCulture;
            o.WriteLine(string.Create(ci, $"seed {parse.GetValue(seed)}, exact limit {limit} s on {t} thread(s), {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
            Warm();
            if (parse.GetValue(quick))
            {
                HeuristicsOnly(grid, muList, parse.GetValue(seed), o);
                return CliHost.Ok;
            }
            bool withNaive = parse.GetValue(naive);
            o.WriteLine("| size | mu | greedy-only ms | gap | greedy-ls ms | gap | greedy ms | gap | greedy gap to bound | exact s | exact objective | exact bound | exact gap | proven |"
                + (withNaive ? " ortools-naive s | its objective's gap | its gap to own bound |" : ""));
            o.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|" + (withNaive ? "---|---|---|" : ""));
            foreach (var (m, n) in grid)
                foreach (int mu in muList)
                {
                    var w = WtaGenerator.Generate(m, n, mu, parse.GetValue(seed));
                    var (only, onlyMs) = Timed(new GreedySolver(GreedySolver.Effort.GreedyOnly), w);
                    var (ls, lsMs) = Timed(new GreedySolver(GreedySolver.Effort.LocalSearch), w);
                    var (greedy, greedyMs) = Timed(new GreedySolver(), w);
                    var clock = Stopwatch.StartNew();
                    var exact = OrToolsSolvers.ByName("exact")!.Solve(w, new WtaSolveOptions { TimeLimit = TimeSpan.FromSeconds(limit), Threads = t });
                    double exactS = clock.Elapsed.TotalSeconds;
                    WtaSolution? cp = null;
                    double cpS = 0;
                    if (withNaive)
                    {
                        clock.Restart();
                        cp = new CpSatNaiveSolver().Solve(w, new WtaSolveOptions { TimeLimit = TimeSpan.FromSeconds(limit), Threads = t });
                        cpS = clock.Elapsed.TotalSeconds;
                    }
                    double best = Math.Min(Math.Min(exact.Objective, ls.Objective), Math.Min(greedy.Objective, only.Objective));
                    if (cp is not null) best = Math.Min(best, cp.Objective);
                    string Gap(double v, double reference) => ((v - reference) / v).ToString("0.000%", ci);
                    string row = string.Create(ci,
                        $"| {m}x{n} | {mu} | {onlyMs:0.00} | {Gap(only.Objective, best)} | {lsMs:0.00} | {Gap(ls.Objective, best)} | {greedyMs:0.00} | {Gap(greedy.Objective, best)} | {Gap(greedy.Objective, exact.Bound)} | {exactS:0.0} | {exact.Objective:0.0000} | {exact.Bound:0.0000} | {exact.Gap:0.000%} | {(exact.Proven ? "yes" : "no")} |");
                    if (cp is not null) row += string.Create(ci, $" {cpS:0.0} | {Gap(cp.Objective, best)} | {cp.Gap:0.000%} |");
                    o.WriteLine(row);
                }
            return CliHost.Ok;
        });
        return command;
    }

    /// <summary>The heuristics' times and objectives alone, for quick measurements against known best objectives.</summary>
    private static void HeuristicsOnly(List<(int M, int N)> grid, List<int> muList, ulong seed, TextWriter o)
    {
        var ci = CultureInfo.InvariantCulture;
        o.WriteLine("| size | mu | greedy-only ms | objective | greedy-ls ms | objective | greedy ms | objective |");
        o.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var (m, n) in grid)
            foreach (int mu in muList)
            {
                var w = WtaGenerator.Generate(m, n, mu, seed);
                var (only, onlyMs) = Timed(new GreedySolver(GreedySolver.Effort.GreedyOnly), w);
                var (ls, lsMs) = Timed(new GreedySolver(GreedySolver.Effort.LocalSearch), w);
                var (greedy, greedyMs) = Timed(new GreedySolver(), w);
                o.WriteLine(string.Create(ci, $"| {m}x{n} | {mu} | {onlyMs:0.00} | {only.Objective:0.0000} | {lsMs:0.00} | {ls.Objective:0.0000} | {greedyMs:0.00} | {greedy.Objective:0.0000} |"));
            }
    }

    /// <summary>Median wall milliseconds of a few runs (one run when a run takes over a second).</summary>
    private static (WtaSolution Solution, double Ms) Timed(IWtaSolver solver, WtaInstance w)
    {
        var times = new List<double>();
        WtaSolution? last = null;
        for (int r = 0; r < 7; r++)
        {
            var clock = Stopwatch.StartNew();
            last = solver.Solve(w, WtaSolveOptions.Default);
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (times[^1] > 1000) break;
        }
        times.Sort();
        return (last!, times[times.Count / 2]);
    }

    /// <summary>Untimed solves for about two seconds so the timed ones run tier-1 code.</summary>
    private static void Warm()
    {
        var w = WtaGenerator.Generate(40, 80, 2, 99);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < 2) new GreedySolver().Solve(w, WtaSolveOptions.Default);
    }
}
