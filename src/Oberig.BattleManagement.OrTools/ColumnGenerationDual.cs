using System.Diagnostics;
using Google.OrTools.LinearSolver;
using Oberig.BattleManagement.Assignment;
using Oberig.BattleManagement.Assignment.Solvers;

namespace Oberig.BattleManagement.OrTools;

/// <summary>
/// The Lagrangian dual solved exactly as the configuration LP, by column generation on GLOP: one column per weapon mix
/// of a target (cost V_j Π (1-p)^x + Σ c x), one convexity row per target, one availability row per weapon type.
/// The restricted LP starts with every target's empty mix, its mix in the incumbent and every single weapon worth
/// its cost; each round prices every target's subproblem at the LP's weapon duals with <see cref="TargetPricing"/>
/// (exact, the same search the branch and bound uses) and adds the mixes of negative reduced cost. The bound of a
/// round is L(λ) at the LP's duals, computed by that pricing and not taken from GLOP, so it is valid whatever GLOP's
/// tolerances; it meets the LP's own value when no column prices out. Projected subgradient steps stall well short
/// of this value on instances with as many weapons as targets (150x300 mu=2: 1934.37 against the optimum 1936.70,
/// which the LP proves at the root; docs/PERFORMANCE.md).
/// </summary>
public sealed class ColumnGenerationDual : IWtaDualSolver
{
    /// <summary>A cap on pricing rounds; each adds at most one column per target.</summary>
    private const int MaxRounds = 2_000;

    public WtaDual Maximise(WtaInstance instance, int[] incumbent, double upper, double enough, WtaSolveOptions options, Stopwatch clock)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        var master = new Master(instance);
        master.AddStartingColumns(incumbent);
        var pricing = new RoundPricing(instance, options.Threads);
        int m = instance.Weapons;
        var bestPrices = new double[m];
        double best = double.NegativeInfinity;
        double tolerance = 1e-9 * Math.Max(1, Math.Abs(upper));
        int[]? rounded = null;
        for (int round = 0; round < MaxRounds; round++)
        {
            if (!master.Solve(RemainingMs(options, clock))) break;
            rounded = master.Rounded();
            double bound = pricing.Run(master.WeaponPrices, master.TargetDuals, tolerance);
            if (bound > best) { best = bound; Array.Copy(master.WeaponPrices, bestPrices, m); }
            // Converged: the LP's value is an upper limit on L's maximum, and L reached it (up to round-off).
            if (best >= master.Value - tolerance || best >= enough || pricing.NewColumns.Count == 0) break;
            if (options.TimeLimit is { } limit && clock.Elapsed >= limit) break;
            foreach (var (target, mix) in pricing.NewColumns) master.AddColumn(target, mix);
        }
        if (double.IsNegativeInfinity(best))
            return new SubgradientDual().Maximise(instance, incumbent, upper, enough, options, clock); // GLOP failed: fall back
        return new WtaDual(best, bestPrices) { Rounded = rounded };
    }

    private static long? RemainingMs(WtaSolveOptions options, Stopwatch clock) =>
        options.TimeLimit is { } limit ? Math.Max(1, (long)(limit - clock.Elapsed).TotalMilliseconds) : null;

    /// <summary>The restricted master LP on GLOP.</summary>
    private sealed class Master
    {
        private readonly WtaInstance _w;
        private readonly Solver _lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools has no GLOP solver");
        private readonly Constraint[] _convexity, _availability;
        private readonly Objective _objective;
        private readonly List<(int Target, int[] Mix, Variable Weight)> _columns = [];

        public Master(WtaInstance w)
        {
            _w = w;
            _convexity = new Constraint[w.Targets];
            _availability = new Constraint[w.Weapons];
            for (int j = 0; j < w.Targets; j++) _convexity[j] = _lp.MakeConstraint(1, 1, $"t{j}");
            for (int k = 0; k < w.Weapons; k++) _availability[k] = _lp.MakeConstraint(double.NegativeInfinity, w.Available[k], $"w{k}");
            _objective = _lp.Objective();
            _objective.SetMinimization();
            WeaponPrices = new double[w.Weapons];
            TargetDuals = new double[w.Targets];
        }

        /// <summary>λ_k ≥ 0, the availability rows' duals with the sign of a price (after <see cref="Solve"/>).</summary>
        public double[] WeaponPrices { get; }
        public double[] TargetDuals { get; }
        public double Value { get; private set; }

        public void AddStartingColumns(int[] incumbent)
        {
            int m = _w.Weapons, n = _w.Targets;
            var mix = new int[m];
            for (int j = 0; j < n; j++)
            {
                Array.Clear(mix);
                AddColumn(j, mix);
                bool any = false;
                for (int k = 0; k < m; k++) { mix[k] = incumbent[k * n + j]; any |= mix[k] > 0; }
                if (any) AddColumn(j, mix);
                if ((_w.MaxPerTarget?[j] ?? 1) < 1) continue;
                Array.Clear(mix);
                for (int k = 0; k < m; k++)
                {
                    if (_w.Available[k] < 1 || !(_w.Values[j] * _w.Probabilities[k * n + j] > (_w.WeaponCosts?[k] ?? 0))) continue;
                    mix[k] = 1;
                    AddColumn(j, mix);
                    mix[k] = 0;
                }
            }
        }

        public void AddColumn(int j, int[] mix)
        {
            int n = _w.Targets;
            double cost = _w.Values[j];
            var z = _lp.MakeNumVar(0, double.PositiveInfinity, $"z{_columns.Count}");
            _columns.Add((j, (int[])mix.Clone(), z));
            _convexity[j].SetCoefficient(z, 1);
            for (int k = 0; k < mix.Length; k++)
            {
                if (mix[k] == 0) continue;
                cost *= Math.Pow(1 - _w.Probabilities[k * n + j], mix[k]);
                _availability[k].SetCoefficient(z, mix[k]);
            }
            for (int k = 0; k < mix.Length; k++) cost += (_w.WeaponCosts?[k] ?? 0) * mix[k];
            _objective.SetCoefficient(z, cost);
        }

        /// <summary>Each target's heaviest mix in the last solution, as counts (possibly over the availabilities).</summary>
        public int[] Rounded()
        {
            int n = _w.Targets;
            var heaviest = new double[n];
            var pick = new int[n];
            Array.Fill(pick, -1);
            for (int c = 0; c < _columns.Count; c++)
            {
                int j = _columns[c].Target;
                double weight = _columns[c].Weight.SolutionValue();
                if (weight > heaviest[j]) { heaviest[j] = weight; pick[j] = c; }
            }
            var counts = new int[_w.Weapons * n];
            for (int j = 0; j < n; j++)
            {
                if (pick[j] < 0) continue;
                var mix = _columns[pick[j]].Mix;
                for (int k = 0; k < mix.Length; k++) counts[k * n + j] += mix[k];
            }
            return counts;
        }

        /// <summary>Solves the LP; false when GLOP did not reach an optimum (time limit or numerical trouble).</summary>
        public bool Solve(long? timeLimitMs)
        {
            if (timeLimitMs is { } ms) _lp.SetTimeLimit(ms);
            if (_lp.Solve() != Solver.ResultStatus.OPTIMAL) return false;
            Value = _objective.Value();
            for (int k = 0; k < WeaponPrices.Length; k++) WeaponPrices[k] = Math.Max(0, -_availability[k].DualValue());
            for (int j = 0; j < TargetDuals.Length; j++) TargetDuals[j] = _convexity[j].DualValue();
            return true;
        }
    }
}
