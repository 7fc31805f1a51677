using Oberig.BattleManagement.Assignment;
using Oberig.BattleManagement.Assignment.Solvers;

namespace Oberig.BattleManagement.OrTools;

/// <summary>
/// One pricing round of <see cref="ColumnGenerationDual"/>: every target's Lagrangian subproblem at weapon prices
/// c + λ, giving L(λ) and the mixes whose reduced cost (their priced cost minus the target's convexity dual) is
/// negative. Targets are split into one block per thread, each with its own <see cref="TargetPricing"/>; values are
/// summed and columns listed in target order, so a round's result does not depend on the thread count.
/// </summary>
internal sealed class RoundPricing
{
    private readonly WtaInstance _w;
    private readonly TargetPricing[] _pricing;
    private readonly double[] _values, _price;
    private readonly int[]?[] _mixes;

    public RoundPricing(WtaInstance instance, int threads)
    {
        _w = instance;
        _pricing = new TargetPricing[Math.Clamp(threads, 1, Math.Max(1, instance.Targets))];
        for (int b = 0; b < _pricing.Length; b++) _pricing[b] = new TargetPricing(instance);
        _values = new double[instance.Targets];
        _price = new double[instance.Weapons];
        _mixes = new int[]?[instance.Targets];
    }

    /// <summary>The mixes that price out in the last round, by target.</summary>
    public List<(int Target, int[] Mix)> NewColumns { get; } = [];

    /// <summary>L(λ) (a valid lower bound on the optimum whatever λ ≥ 0 is), and <see cref="NewColumns"/>.</summary>
    public double Run(double[] lambda, double[] targetDuals, double tolerance)
    {
        int m = _w.Weapons, n = _w.Targets, blocks = _pricing.Length;
        for (int k = 0; k < m; k++) _price[k] = (_w.WeaponCosts?[k] ?? 0) + lambda[k];
        void Block(int b)
        {
            var solver = _pricing[b];
            for (int j = b * n / blocks; j < (b + 1) * n / blocks; j++)
            {
                _values[j] = solver.Solve(j, _w.Values[j], _w.MaxPerTarget?[j] ?? int.MaxValue, 0, _w.Available, _price);
                _mixes[j] = null;
                // The mix found is a column even when the search ran out of budget (its value is then only a bound).
                var mix = new int[m];
                double priced = _w.Values[j];
                for (int slot = 0; slot < solver.Candidates; slot++)
                {
                    int units = solver.Chosen(slot, out int type);
                    if (units == 0) continue;
                    mix[type] = units;
                    priced = priced * Math.Pow(1 - _w.Probabilities[type * n + j], units) + _price[type] * units;
                }
                if (priced - targetDuals[j] < -tolerance) _mixes[j] = mix;
            }
        }
        if (blocks == 1) Block(0); else Parallel.For(0, blocks, Block);
        double bound = 0;
        for (int k = 0; k < m; k++) bound -= lambda[k] * _w.Available[k];
        NewColumns.Clear();
        for (int j = 0; j < n; j++)
        {
            bound += _values[j];
            if (_mixes[j] is { } mix) NewColumns.Add((j, mix));
        }
        return bound;
    }
}
