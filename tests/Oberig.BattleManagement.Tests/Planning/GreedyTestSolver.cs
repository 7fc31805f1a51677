using Oberig.BattleManagement.Assignment;

namespace Oberig.BattleManagement.Tests.Planning;

/// <summary>
/// A tiny WTA solver for the planner's tests (the real ones live in Assignment/): repeatedly add the one shot with the
/// largest gain V_j' p_ij - c_i, V_j' the target's value still standing, while a gain is positive and shots and caps
/// allow. Ties go to the lowest (weapon, target). It counts its calls so tests can see when no instance was built.
/// </summary>
internal sealed class GreedyTestSolver : IWtaSolver
{
    public int Calls { get; private set; }
    public string Name => "test-greedy";

    public WtaSolution Solve(WtaInstance instance, WtaSolveOptions options)
    {
        Calls++;
        int m = instance.Weapons, n = instance.Targets;
        var x = new int[m * n];
        var left = (int[])instance.Available.Clone();
        var standing = (double[])instance.Values.Clone();
        var given = new int[n];
        while (true)
        {
            int bi = -1, bj = -1;
            double best = 0;
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++)
                {
                    if (left[i] == 0 || (instance.MaxPerTarget is { } cap && given[j] >= cap[j])) continue;
                    double gain = standing[j] * instance.Probability(i, j) - (instance.WeaponCosts?[i] ?? 0);
                    if (gain > best) (best, bi, bj) = (gain, i, j);
                }
            if (bi < 0) break;
            x[bi * n + bj]++;
            left[bi]--;
            given[bj]++;
            standing[bj] *= 1 - instance.Probability(bi, bj);
        }
        double objective = standing.Sum();
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) objective += x[i * n + j] * (instance.WeaponCosts?[i] ?? 0);
        return new WtaSolution(x, objective, 0, false);
    }
}
