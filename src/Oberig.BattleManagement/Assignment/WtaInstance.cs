namespace Oberig.BattleManagement.Assignment;

/// <summary>
/// A static weapon-target assignment problem: minimise Σ_j V_j Π_i (1 - p_ij)^x_ij + Σ_ij c_i x_ij over non-negative
/// integers x_ij with Σ_j x_ij ≤ Available_i for each weapon type i and Σ_i x_ij ≤ MaxPerTarget_j for each target j.
/// With no costs and no per-target caps this is the classic problem of Andersen, Pavlikov and Toffolo (2022).
/// </summary>
/// <remarks>Probabilities are row-major: <c>Probability(i, j) = Probabilities[i * Targets + j]</c>. A zero
/// probability means the weapon cannot engage the target. Immutable once built; solvers never modify it.</remarks>
public sealed class WtaInstance
{
    public WtaInstance(double[] values, int[] available, double[] probabilities, double[]? weaponCosts = null, int[]? maxPerTarget = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(available);
        ArgumentNullException.ThrowIfNull(probabilities);
        if (probabilities.Length != values.Length * available.Length)
            throw new ArgumentException($"{probabilities.Length} probabilities for {available.Length} weapon types x {values.Length} targets", nameof(probabilities));
        foreach (double v in values) if (!(v >= 0) || !double.IsFinite(v)) throw new ArgumentOutOfRangeException(nameof(values), v, "must be finite and non-negative");
        foreach (int a in available) if (a < 0) throw new ArgumentOutOfRangeException(nameof(available), a, "must be non-negative");
        foreach (double p in probabilities) if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(probabilities), p, "must be in [0, 1]");
        if (weaponCosts is not null)
        {
            if (weaponCosts.Length != available.Length) throw new ArgumentException("one cost per weapon type", nameof(weaponCosts));
            foreach (double c in weaponCosts) if (!(c >= 0) || !double.IsFinite(c)) throw new ArgumentOutOfRangeException(nameof(weaponCosts), c, "must be finite and non-negative");
        }
        if (maxPerTarget is not null)
        {
            if (maxPerTarget.Length != values.Length) throw new ArgumentException("one cap per target", nameof(maxPerTarget));
            foreach (int c in maxPerTarget) if (c < 0) throw new ArgumentOutOfRangeException(nameof(maxPerTarget), c, "must be non-negative");
        }
        Values = values;
        Available = available;
        Probabilities = probabilities;
        WeaponCosts = weaponCosts;
        MaxPerTarget = maxPerTarget;
    }

    /// <summary>Number of weapon types (m).</summary>
    public int Weapons => Available.Length;
    /// <summary>Number of targets (n).</summary>
    public int Targets => Values.Length;
    /// <summary>V_j: the value of target j (expected damage it does if it survives).</summary>
    public double[] Values { get; }
    /// <summary>How many times each weapon type may be used (mu in the published instances).</summary>
    public int[] Available { get; }
    /// <summary>p_ij, row-major by weapon type.</summary>
    public double[] Probabilities { get; }
    /// <summary>c_i: the cost of one use of weapon type i in the values' units (null: free).</summary>
    public double[]? WeaponCosts { get; }
    /// <summary>The most weapons that may be assigned to target j (null: no cap).</summary>
    public int[]? MaxPerTarget { get; }

    public double Probability(int weapon, int target) => Probabilities[weapon * Targets + target];
}
