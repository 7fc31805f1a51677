namespace Oberig.BattleManagement.Assignment.Solvers;

/// <summary>
/// Greedy by maximum marginal return (Ahuja et al. 2007, §5): repeatedly gives one unit of the weapon type and target
/// with the largest drop in objective, S_j p_ij - c_i, while that drop is positive. Each weapon type keeps its best
/// target; after an assignment to target j only the types whose best was j look again (the others' best targets
/// did not get worse), so a unit costs O(m) plus O(n) per such type.
/// </summary>
internal static class MarginalReturnGreedy
{
    public static void Run(AssignmentState s, WtaInstance w)
    {
        int m = w.Weapons;
        var bestTarget = new int[m];
        var bestGain = new double[m];
        for (int i = 0; i < m; i++) Rescan(s, w, i, bestTarget, bestGain);
        while (true)
        {
            int pick = -1; double top = 0;
            for (int i = 0; i < m; i++) if (bestGain[i] > top) { top = bestGain[i]; pick = i; }
            if (pick < 0) return;
            int j = bestTarget[pick];
            s.Add(pick, j);
            for (int i = 0; i < m; i++)
                if (bestTarget[i] == j || i == pick) Rescan(s, w, i, bestTarget, bestGain);
        }
    }

    private static void Rescan(AssignmentState s, WtaInstance w, int i, int[] bestTarget, double[] bestGain)
    {
        bestTarget[i] = -1; bestGain[i] = 0;
        if (s.Left[i] <= 0) return;
        int n = w.Targets;
        double cost = s.Cost(i);
        var p = w.Probabilities.AsSpan(i * n, n);
        for (int j = 0; j < n; j++)
        {
            double gain = s.Survival(j) * p[j] - cost;
            if (gain > bestGain[i] && s.HasRoom(j)) { bestGain[i] = gain; bestTarget[i] = j; }
        }
    }
}
