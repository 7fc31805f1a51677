using Oberig.BattleManagement.Assignment;

namespace Oberig.BattleManagement.Tests.Assignment;

/// <summary>Every feasible count matrix of a small instance, for checking solvers against.</summary>
internal static class BruteForce
{
    public static (double Optimum, double Worst, int Count) Enumerate(WtaInstance w, Action<int[], double>? visit = null)
    {
        var x = new int[w.Weapons * w.Targets];
        var load = new int[w.Targets];
        double best = double.PositiveInfinity, worst = double.NegativeInfinity;
        int count = 0;
        void Type(int i)
        {
            if (i == w.Weapons)
            {
                double v = WtaObjective.Evaluate(w, x);
                best = Math.Min(best, v); worst = Math.Max(worst, v); count++;
                visit?.Invoke(x, v);
                return;
            }
            Cell(i, 0, w.Available[i]);
        }
        void Cell(int i, int j, int left)
        {
            if (j == w.Targets) { Type(i + 1); return; }
            int room = w.MaxPerTarget is { } cap ? cap[j] - load[j] : int.MaxValue;
            for (int v = 0; v <= Math.Min(left, room); v++)
            {
                x[i * w.Targets + j] = v; load[j] += v;
                Cell(i, j + 1, left - v);
                load[j] -= v;
            }
            x[i * w.Targets + j] = 0;
        }
        Type(0);
        return (best, worst, count);
    }
}
