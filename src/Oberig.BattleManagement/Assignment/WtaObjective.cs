namespace Oberig.BattleManagement.Assignment;

/// <summary>The objective and feasibility of a count matrix, computed from scratch (the reference every solver's
/// incremental bookkeeping is checked against).</summary>
public static class WtaObjective
{
    /// <summary>Σ_j V_j Π_i (1 - p_ij)^x_ij + Σ_ij c_i x_ij.</summary>
    public static double Evaluate(WtaInstance instance, ReadOnlySpan<int> counts)
    {
        int m = instance.Weapons, n = instance.Targets;
        if (counts.Length != m * n) throw new ArgumentException($"{counts.Length} counts for {m} x {n}", nameof(counts));
        double total = 0;
        for (int j = 0; j < n; j++)
        {
            double s = instance.Values[j];
            for (int i = 0; i < m; i++)
            {
                int x = counts[i * n + j];
                if (x > 0) s *= Math.Pow(1 - instance.Probabilities[i * n + j], x);
            }
            total += s;
        }
        if (instance.WeaponCosts is { } c)
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++) total += c[i] * counts[i * n + j];
        return total;
    }

    /// <summary>Whether the counts respect every weapon's availability and every target's cap.</summary>
    public static bool IsFeasible(WtaInstance instance, ReadOnlySpan<int> counts)
    {
        int m = instance.Weapons, n = instance.Targets;
        if (counts.Length != m * n) return false;
        for (int i = 0; i < m; i++)
        {
            int used = 0;
            for (int j = 0; j < n; j++) { if (counts[i * n + j] < 0) return false; used += counts[i * n + j]; }
            if (used > instance.Available[i]) return false;
        }
        if (instance.MaxPerTarget is { } cap)
            for (int j = 0; j < n; j++)
            {
                int load = 0;
                for (int i = 0; i < m; i++) load += counts[i * n + j];
                if (load > cap[j]) return false;
            }
        return true;
    }
}
