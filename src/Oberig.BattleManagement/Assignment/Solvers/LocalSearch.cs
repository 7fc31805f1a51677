namespace Oberig.BattleManagement.Assignment.Solvers;

/// <summary>
/// Best-improvement local search over single units, from any feasible start: for each assigned (weapon type, target)
/// pair it tries dropping a unit, moving it to another target, trading it for an idle unit of another type, and
/// swapping it with a unit of another type on another target; then it tries adding idle units. Every move's change
/// is O(1) from the survival products. Stops when a full pass finds nothing better than <see cref="Epsilon"/>.
/// </summary>
internal static class LocalSearch
{
    private const double Epsilon = 1e-12;

    public static void Run(AssignmentState s, WtaInstance w, int maxPasses = 1000)
    {
        int m = w.Weapons, n = w.Targets;
        var pairs = new List<int>(); // assigned (i, j) as i * n + j
        for (int pass = 0; pass < maxPasses; pass++)
        {
            bool improved = false;
            pairs.Clear();
            for (int k = 0; k < m * n; k++) if (s.Counts[k] > 0) pairs.Add(k);
            foreach (int a in pairs)
            {
                if (s.Counts[a] == 0) continue; // moved away earlier in this pass
                if (ImprovePair(s, w, a, pairs)) improved = true;
            }
            for (int i = 0; i < m; i++)
                while (s.Left[i] > 0 && TryAdd(s, w, i)) improved = true;
            if (!improved) break;
        }
        s.Refresh();
    }

    private static bool ImprovePair(AssignmentState s, WtaInstance w, int a, List<int> pairs)
    {
        int n = w.Targets, m = w.Weapons;
        int i = a / n, j = a % n;
        double sj = s.Survival(j), without = s.SurvivalWithout(i, j);
        double release = without - sj; // objective rise when the unit leaves j (before its cost is saved)
        double ci = s.Cost(i);

        // Drop the unit.
        double best = release - ci; int kind = 0, arg1 = -1, arg2 = -1;
        // Move it to target k.
        var p = w.Probabilities.AsSpan(i * n, n);
        for (int k = 0; k < n; k++)
        {
            if (k == j || !s.HasRoom(k)) continue;
            double d = release - s.Survival(k) * p[k];
            if (d < best) { best = d; kind = 1; arg1 = k; }
        }
        // Trade it for an idle unit of type i2 on the same target.
        for (int i2 = 0; i2 < m; i2++)
        {
            if (i2 == i || s.Left[i2] <= 0) continue;
            double d = without * s.Q(i2, j) - sj + s.Cost(i2) - ci;
            if (d < best) { best = d; kind = 2; arg1 = i2; }
        }
        // Swap with a unit of type i2 on target k.
        foreach (int b in pairs)
        {
            if (s.Counts[b] == 0) continue;
            int i2 = b / n, k = b % n;
            if (i2 == i || k == j) continue;
            double sk = s.Survival(k);
            double d = without * s.Q(i2, j) - sj + s.SurvivalWithout(i2, k) * s.Q(i, k) - sk;
            if (d < best) { best = d; kind = 3; arg1 = i2; arg2 = k; }
        }
        if (best >= -Epsilon * Math.Max(1, sj)) return false;
        s.Remove(i, j);
        switch (kind)
        {
            case 1: s.Add(i, arg1); break;
            case 2: s.Add(arg1, j); break;
            case 3: s.Remove(arg1, arg2); s.Add(arg1, j); s.Add(i, arg2); break;
        }
        return true;
    }

    private static bool TryAdd(AssignmentState s, WtaInstance w, int i)
    {
        int n = w.Targets;
        double best = -Epsilon, ci = s.Cost(i); int to = -1;
        var p = w.Probabilities.AsSpan(i * n, n);
        for (int k = 0; k < n; k++)
        {
            if (!s.HasRoom(k)) continue;
            double d = ci - s.Survival(k) * p[k];
            if (d < best) { best = d; to = k; }
        }
        if (to < 0) return false;
        s.Add(i, to);
        return true;
    }
}
