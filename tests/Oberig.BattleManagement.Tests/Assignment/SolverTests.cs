using Oberig.BattleManagement.Assignment;
using Oberig.BattleManagement.Assignment.Solvers;
using Oberig.BattleManagement.OrTools;

namespace Oberig.BattleManagement.Tests.Assignment;

public sealed class SolverTests
{
    /// <summary>Both root bounds of the exact method: subgradient steps (the engine's) and the configuration LP by
    /// column generation on GLOP (the command line's).</summary>
    public static TheoryData<bool, bool, bool> Variants => new()
    {
        { false, false, false }, { true, false, false }, { false, true, false }, { true, true, false },
        { false, false, true }, { true, false, true }, { false, true, true }, { true, true, true },
    };

    public static TheoryData<bool> Duals => new() { false, true };

    private static BranchAndBoundSolver Exact(bool columnGeneration) =>
        new(columnGeneration ? new ColumnGenerationDual() : new SubgradientDual());

    [Theory]
    [MemberData(nameof(Variants))]
    public void Exact_equals_brute_force_and_heuristics_never_beat_it(bool costs, bool caps, bool columnGeneration)
    {
        var exact = Exact(columnGeneration);
        var options = new WtaSolveOptions { RelativeGap = 0 };
        for (int index = 0; index < 150; index++)
        {
            var w = RandomInstances.Small(index, costs, caps);
            var (optimum, _, _) = BruteForce.Enumerate(w);
            var solved = exact.Solve(w, options);
            Assert.True(WtaObjective.IsFeasible(w, solved.Counts), $"instance {index}: infeasible");
            Assert.True(solved.Proven, $"instance {index}: not proven");
            Assert.Equal(optimum, solved.Objective, 1e-9 * Math.Max(1, optimum));
            Assert.Equal(WtaObjective.Evaluate(w, solved.Counts), solved.Objective, 1e-12 * Math.Max(1, optimum));
            Assert.True(solved.Bound <= optimum + 1e-9 * Math.Max(1, optimum), $"instance {index}: bound {solved.Bound} above optimum {optimum}");
            foreach (var name in new[] { "greedy", "greedy-ls", "greedy-only" })
            {
                var h = WtaSolvers.ByName(name)!.Solve(w, WtaSolveOptions.Default);
                Assert.True(WtaObjective.IsFeasible(w, h.Counts), $"instance {index}: {name} infeasible");
                Assert.True(h.Objective >= optimum - 1e-9 * Math.Max(1, optimum), $"instance {index}: {name} {h.Objective} beats optimum {optimum}");
                Assert.True(h.Bound <= optimum + 1e-9 * Math.Max(1, optimum));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Duals))]
    public void A_cut_short_search_reports_a_bound_below_every_feasible_objective(bool columnGeneration)
    {
        // Large enough that 50 nodes cannot finish; the bound must still sit under every assignment we can list.
        for (int index = 0; index < 40; index++)
        {
            var w = RandomInstances.Small(1000 + index, costs: index % 2 == 0, caps: index % 3 == 0);
            var solved = Exact(columnGeneration).Solve(w, new WtaSolveOptions { NodeLimit = 1 });
            double lowest = double.PositiveInfinity;
            BruteForce.Enumerate(w, (_, v) => lowest = Math.Min(lowest, v));
            Assert.True(solved.Bound <= lowest + 1e-9 * Math.Max(1, lowest), $"instance {index}: bound {solved.Bound} above {lowest}");
            Assert.True(solved.Objective >= lowest - 1e-9 * Math.Max(1, lowest));
        }
    }

    [Fact]
    public void Medium_generated_instances_are_solved_and_bounded_consistently()
    {
        var w = WtaGenerator.Generate(8, 12, 2, seed: 7);
        var exact = new BranchAndBoundSolver().Solve(w, new WtaSolveOptions { NodeLimit = 200_000 });
        var greedy = new GreedySolver().Solve(w, WtaSolveOptions.Default);
        Assert.True(exact.Bound <= exact.Objective);
        Assert.True(exact.Bound <= greedy.Objective + 1e-9);
        Assert.True(exact.Objective <= greedy.Objective + 1e-9);
    }

    [Theory]
    [MemberData(nameof(Duals))]
    public void Results_do_not_depend_on_the_thread_count_or_the_run(bool columnGeneration)
    {
        var w = WtaGenerator.Generate(10, 20, 2, seed: 3);
        var one = Exact(columnGeneration).Solve(w, new WtaSolveOptions { NodeLimit = 5_000, Threads = 1 });
        var two = Exact(columnGeneration).Solve(w, new WtaSolveOptions { NodeLimit = 5_000, Threads = 2 });
        Assert.Equal(one.Counts, two.Counts);
        Assert.Equal(one.Bound, two.Bound);
        Assert.Equal(one.Nodes, two.Nodes);
        var g1 = new GreedySolver().Solve(w, WtaSolveOptions.Default);
        var g2 = new GreedySolver().Solve(w, WtaSolveOptions.Default);
        Assert.Equal(g1.Counts, g2.Counts);
    }

    [Fact]
    public void The_configuration_LP_proves_a_two_shot_instance_at_the_root_where_subgradient_steps_stall()
    {
        // As many weapons as targets (50 types x 2 uses, 100 targets): the LP's bound meets the greedy incumbent, so
        // the search needs no node; the subgradient ascent stops 0.08 % below it (docs/PERFORMANCE.md).
        var w = WtaGenerator.Generate(50, 100, 2, seed: 1);
        var options = new WtaSolveOptions { NodeLimit = 1 };
        var lp = Exact(columnGeneration: true).Solve(w, options);
        var subgradient = Exact(columnGeneration: false).Solve(w, options);
        Assert.True(lp.Proven);
        Assert.True(lp.Gap <= 1e-4, $"gap {lp.Gap}");
        Assert.Equal(subgradient.Objective, lp.Objective, 1e-9 * lp.Objective);
        Assert.True(subgradient.Gap > 5e-4, $"the subgradient gap {subgradient.Gap} closed: this test no longer shows the difference");
        Assert.True(lp.Bound > subgradient.Bound);
    }

    [Fact]
    public void The_LP_solution_read_off_and_polished_is_the_optimum_where_the_LP_is_integral()
    {
        // 50 types x 3 uses, 100 targets: both greedy searches end 0.34-0.62 % above the LP bound 275.9973; the LP's
        // heaviest mixes make the optimum itself, proven at the root (docs/PERFORMANCE.md).
        var w = WtaGenerator.Generate(50, 100, 3, seed: 1);
        var solved = Exact(columnGeneration: true).Solve(w, new WtaSolveOptions { NodeLimit = 1 });
        var thorough = GreedySolver.Thorough().Solve(w, WtaSolveOptions.Default);
        Assert.True(solved.Proven);
        Assert.True(solved.Objective < thorough.Objective * (1 - 2e-3), $"{solved.Objective} against the greedy {thorough.Objective}");
        Assert.Equal(WtaObjective.Evaluate(w, solved.Counts), solved.Objective, 1e-9);
    }

    [Fact]
    public void Polishing_repairs_an_infeasible_start_into_a_feasible_assignment_no_better_than_the_optimum()
    {
        for (int index = 0; index < 100; index++)
        {
            var w = RandomInstances.Small(2000 + index, costs: index % 2 == 0, caps: index % 3 == 0);
            // Every weapon type's whole availability on every target: over the availabilities wherever n > 1.
            var start = new int[w.Weapons * w.Targets];
            for (int i = 0; i < w.Weapons; i++) for (int j = 0; j < w.Targets; j++) start[i * w.Targets + j] = w.Available[i];
            var polished = GreedySolver.PolishFrom(w, start);
            Assert.True(WtaObjective.IsFeasible(w, polished), $"instance {index}: infeasible");
            var (optimum, _, _) = BruteForce.Enumerate(w);
            Assert.True(WtaObjective.Evaluate(w, polished) >= optimum - 1e-9 * Math.Max(1, optimum), $"instance {index}");
        }
    }

    [Fact]
    public void Solvers_are_found_by_name()
    {
        Assert.Equal("greedy", WtaSolvers.ByName("GREEDY")!.Name);
        Assert.Equal("exact", WtaSolvers.ByName("exact")!.Name);
        Assert.Null(WtaSolvers.ByName("simplex"));
        Assert.Equal("exact", OrToolsSolvers.ByName("EXACT")!.Name);
        Assert.Equal("ortools-naive", OrToolsSolvers.ByName("ortools-naive")!.Name);
        Assert.Null(OrToolsSolvers.ByName("greedy"));
    }
}
