using Oberig.Core.Random;

namespace Oberig.BattleManagement.Assignment;

/// <summary>
/// Random instances drawn as in Ahuja, Kumar, Jha and Orlin (2007), "Exact and heuristic algorithms for the
/// weapon-target assignment problem", Operations Research 55(6): target values uniform in [25, 100] and kill
/// probabilities uniform in [0.60, 0.90], every weapon type usable mu times. (The published files of Andersen et al.
/// use other ranges: whole values up to 100 and probabilities across (0, 1); the reader takes both.)
/// </summary>
public static class WtaGenerator
{
    public const double MinValue = 25, MaxValue = 100, MinProbability = 0.60, MaxProbability = 0.90;

    public static WtaInstance Generate(int weapons, int targets, int mu, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weapons, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(targets, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(mu, 1);
        var random = RandomStreams.For(seed, 0, "wta-generate");
        var values = new double[targets];
        // Rounded to 4 and 6 decimals so a written file reads back to the same instance.
        for (int j = 0; j < targets; j++) values[j] = Math.Round(random.NextDouble(MinValue, MaxValue), 4);
        var p = new double[weapons * targets];
        for (int k = 0; k < p.Length; k++) p[k] = Math.Round(random.NextDouble(MinProbability, MaxProbability), 6);
        var available = new int[weapons];
        Array.Fill(available, mu);
        return new WtaInstance(values, available, p);
    }
}
