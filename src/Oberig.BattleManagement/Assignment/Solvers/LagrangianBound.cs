using System.Diagnostics;

namespace Oberig.BattleManagement.Assignment.Solvers;

/// <summary>
/// The Lagrangian lower bound with each weapon type's availability priced out: L(λ) = Σ_j min_x [V_j Π (1-p)^x +
/// Σ (c + λ) x] - Σ λ_k A_k, valid for every λ ≥ 0 (the per-target minima are solved exactly or bounded from below
/// by <see cref="TargetPricing"/>), maximised by subgradient steps (Polyak's rule against the incumbent). Its value is
/// that of the configuration LP: each target picks a weapon mix, weapons shared fractionally.
/// </summary>
internal static class LagrangianBound
{
    public static (double Bound, double[] Lambda) Maximise(WtaInstance w, int[] incumbent, double upper, Stopwatch clock, TimeSpan? limit, int threads = 1, double enough = double.PositiveInfinity, int iterations = 4000)
    {
        int m = w.Weapons, n = w.Targets;
        var lambda = StartingPrices(w, incumbent);
        var price = new double[m];
        var limitUnits = (int[])w.Available.Clone();
        // Targets are split into one block per thread; each block has its own subproblem solver and subgradient
        // counts, and the values are summed in target order, so the bound is the same whatever the thread count.
        int blocks = Math.Clamp(threads, 1, n);
        var pricing = new TargetPricing[blocks];
        var counts = new int[blocks][];
        for (int b = 0; b < blocks; b++) { pricing[b] = new TargetPricing(w); counts[b] = new int[m]; }
        var values = new double[n];
        var g = new double[m];
        var bestLambda = (double[])lambda.Clone();
        double best = double.NegativeInfinity, theta = 1.0;
        int stall = 0;
        for (int it = 0; it < iterations; it++)
        {
            for (int k = 0; k < m; k++) price[k] = (w.WeaponCosts?[k] ?? 0) + lambda[k];
            void Block(int b)
            {
                var solver = pricing[b];
                var used = counts[b];
                Array.Clear(used);
                for (int j = b * n / blocks; j < (b + 1) * n / blocks; j++)
                {
                    int room = w.MaxPerTarget?[j] ?? int.MaxValue;
                    values[j] = solver.Solve(j, w.Values[j], room, 0, limitUnits, price);
                    for (int slot = 0; slot < solver.Candidates; slot++) { int units = solver.Chosen(slot, out int type); used[type] += units; }
                }
            }
            if (blocks == 1) Block(0); else Parallel.For(0, blocks, Block);
            double value = 0;
            for (int k = 0; k < m; k++) { value -= lambda[k] * w.Available[k]; g[k] = -w.Available[k]; }
            for (int j = 0; j < n; j++) value += values[j];
            for (int b = 0; b < blocks; b++) for (int k = 0; k < m; k++) g[k] += counts[b][k];
            if (double.IsNegativeInfinity(best) || value > best + 1e-12 * Math.Abs(best)) { best = value; Array.Copy(lambda, bestLambda, m); stall = 0; }
            else if (++stall >= 40) { theta /= 2; stall = 0; }
            if (best >= enough || upper - best <= 1e-9 * Math.Max(1, Math.Abs(upper)) || theta < 1e-8) break;
            if (limit is { } l && clock.Elapsed >= l) break;
            double norm = 0;
            for (int k = 0; k < m; k++)
            {
                if (lambda[k] <= 0 && g[k] < 0) g[k] = 0; // projected: a free weapon left idle does not push its price below 0
                norm += g[k] * g[k];
            }
            if (norm == 0) break; // the relaxation's choice is feasible: the bound is as good as it gets at this λ
            double step = theta * (upper - value) / norm;
            for (int k = 0; k < m; k++) lambda[k] = Math.Max(0, lambda[k] + step * g[k]);
        }
        return (best, bestLambda);
    }

    /// <summary>A start near the dual: each fully used weapon type's least marginal gain in the incumbent.</summary>
    private static double[] StartingPrices(WtaInstance w, int[] counts)
    {
        int m = w.Weapons, n = w.Targets;
        var lambda = new double[m];
        var survival = (double[])w.Values.Clone();
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                if (counts[i * n + j] > 0) survival[j] *= Math.Pow(1 - w.Probabilities[i * n + j], counts[i * n + j]);
        for (int i = 0; i < m; i++)
        {
            int used = 0; double least = double.PositiveInfinity;
            for (int j = 0; j < n; j++)
            {
                int x = counts[i * n + j];
                if (x == 0) continue;
                used += x;
                double q = 1 - w.Probabilities[i * n + j];
                double before = q > 0 ? survival[j] / q : 0;
                least = Math.Min(least, before * (1 - q) - (w.WeaponCosts?[i] ?? 0));
            }
            lambda[i] = used >= w.Available[i] && double.IsFinite(least) ? Math.Max(0, least) : 0;
        }
        return lambda;
    }
}
