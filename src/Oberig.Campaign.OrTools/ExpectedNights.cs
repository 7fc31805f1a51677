using Oberig.Campaign.Nights;
using Oberig.Campaign.Running;

namespace Oberig.Campaign.OrTools;

/// <summary>
/// The nights of each month on expected values, read through <see cref="NightFigures"/> as the night resolver reads
/// them: per threat type and product the interceptors the doctrine wants in the month and the leakers each of them
/// averts, so the program can price an interceptor short and what another product's spare stock makes up for it.
/// </summary>
/// <remarks>
/// <para>Per threat type the count per night is its tempo's mean grown by the trend (compounding), exact in
/// expectation; the night-to-night dispersion is dropped (the table is read at the mean count, not averaged over the
/// count's distribution). Massed raids are kept: the figures are averaged over every combination of types massed or
/// not that night, each with its probability (types are massed independently, as the raid generator draws them), so a
/// massed night is read at its own, larger raid scale. The nights are kept apart in classes by how many types are
/// massed on them (<see cref="ClassOf"/>), each class with its share of the nights, so the program can hold a night's
/// fire to what the fire units hold on one night: a massed raid cannot draw on a month's stock at once.</para>
/// <para>Product p fired at threat type t, as the fit fired it, kills κ_tp / a_tp threats an interceptor (the fit's
/// kills and shots per threat), and each threat not killed leaks at the fit's survivor leak share: so an interceptor
/// averts κ_tp·leak_t / a_tp leakers, the rate at which the resolver's fallback recovers kills with another product's
/// spare stock too. The month's figures are sums over its nights: wanted W_tp = Σ n_t·a_tp, averted
/// V_tp = Σ n_t·κ_tp·leak_t (with every product's demand met), and the rate V_tp / W_tp.</para>
/// </remarks>
internal sealed class ExpectedNights
{
    /// <summary>Above this many types that may or may not be massed, only the expected night is read.</summary>
    private const int MostMixedTypes = 12;
    /// <summary>Nights with more types massed than a share this small of all nights are merged into one class (each
    /// class adds variables to the program; the rarest nights add little to the expectations).</summary>
    private const double SmallestClassShare = 0.01;

    private ExpectedNights(int threats, int products, int months, int classes, double[] damagePerLeaker)
    {
        Wanted = new double[threats, products, months, classes];
        Averted = new double[threats, products, months, classes];
        NightShare = new double[classes];
        Demand = new double[products, months];
        FalseTracks = new double[products, months];
        DamagePerLeaker = damagePerLeaker;
    }

    /// <summary>[threat, product, month, class]: interceptors the doctrine wants over the month's nights of the class.</summary>
    public double[,,,] Wanted { get; }
    /// <summary>[threat, product, month, class]: leakers those interceptors avert.</summary>
    public double[,,,] Averted { get; }
    /// <summary>Per night class (how many threat types are massed that night): its share of all nights.</summary>
    public double[] NightShare { get; }
    public int Classes => NightShare.Length;
    /// <summary>[product, month]: interceptors wanted over the month, all threat types.</summary>
    public double[,] Demand { get; }
    /// <summary>[product, month]: rounds the month's nights fire at false tracks (no threat near them), beyond
    /// <see cref="Demand"/>: spent, averting nothing.</summary>
    public double[,] FalseTracks { get; }
    /// <summary>Per threat type: the outcome table's damage per leaker.</summary>
    public double[] DamagePerLeaker { get; }
    public int ThreatTypes => DamagePerLeaker.Length;

    /// <summary>What one leaker of threat type <paramref name="threat"/> counts in the objective.</summary>
    public double Weight(CampaignObjective objective, int threat) => objective == CampaignObjective.Leakers ? 1 : DamagePerLeaker[threat];

    /// <summary>Leakers one interceptor of product <paramref name="p"/> fired at type <paramref name="t"/> averts on
    /// month <paramref name="m"/>'s nights of class <paramref name="k"/> (0 where the doctrine does not fire p at t).</summary>
    public double AvertedPerShot(int t, int p, int m, int k) => Wanted[t, p, m, k] > 0 ? Averted[t, p, m, k] / Wanted[t, p, m, k] : 0;

    public static ExpectedNights Of(CampaignModel model)
    {
        var c = model.Campaign;
        var tempo = c.Tempo;
        int np = c.Products.Count, nt = tempo.Count;
        var figures = new NightFigures(model.Outcomes, tempo, c.Products);
        int[] mixed = [.. Enumerable.Range(0, nt).Where(t => tempo[t].MassedRaidProbabilityPerDay is > 0 and < 1)];
        bool enumerate = mixed.Length <= MostMixedTypes;
        int combinations = enumerate ? 1 << mixed.Length : 1;
        var counts = new double[nt];

        // Tonight's count per type in month m for one combination of types massed, and that combination's probability.
        double Night(int m, int mask)
        {
            double probability = 1;
            for (int t = 0; t < nt; t++)
            {
                var r = tempo[t];
                double mean = r.MeanPerDay * Math.Pow(1 + r.TrendPerMonth, m);
                int bit = Array.IndexOf(mixed, t);
                if (!enumerate) counts[t] = mean * (1 + r.MassedRaidProbabilityPerDay * (r.MassedRaidMultiplier - 1));
                else if (bit < 0) counts[t] = r.MassedRaidProbabilityPerDay >= 1 ? mean * r.MassedRaidMultiplier : mean;
                else
                {
                    bool massed = (mask >> bit & 1) == 1;
                    probability *= massed ? r.MassedRaidProbabilityPerDay : 1 - r.MassedRaidProbabilityPerDay;
                    counts[t] = massed ? mean * r.MassedRaidMultiplier : mean;
                }
            }
            return probability;
        }

        var classOf = ClassOf(combinations, mask => Night(0, mask), out int classes);
        var result = new ExpectedNights(nt, np, c.Months, classes, [.. Enumerable.Range(0, nt).Select(figures.DamagePerLeaker)]);
        for (int mask = 0; mask < combinations; mask++) result.NightShare[classOf[mask]] += Night(0, mask);
        for (int m = 0; m < c.Months; m++)
            for (int mask = 0; mask < combinations; mask++)
            {
                double probability = Night(m, mask), total = counts.Sum();
                if (probability == 0 || total <= 0) continue;
                int k = classOf[mask];
                figures.At(total / figures.BaselineThreats);
                double days = probability * c.DaysPerMonth;
                for (int t = 0; t < nt; t++)
                    for (int p = 0; p < np; p++)
                    {
                        double wanted = days * counts[t] * figures.Shots[t, p];
                        result.Wanted[t, p, m, k] += wanted;
                        result.Averted[t, p, m, k] += days * counts[t] * figures.Kills[t, p] * figures.SurvivorLeak[t];
                        result.Demand[p, m] += wanted;
                    }
                for (int p = 0; p < np; p++) result.FalseTracks[p, m] += days * figures.FalseTrackRounds[p];
            }
        return result;
    }

    /// <summary>
    /// The night class of each combination of types massed: how many types are massed that night (0, 1, 2, ...), the
    /// counts whose nights together have less than <see cref="SmallestClassShare"/> of all nights joining the largest
    /// count that has more (so the few nights with several types massed at once count with the big raids).
    /// </summary>
    /// <remarks>Classes by count rather than by which types are massed keep the program small (a class per type
    /// would multiply its fire variables by the types and its solve time by three on the example) at the price of
    /// averaging, within a class, which type's raid is massed.</remarks>
    private static int[] ClassOf(int combinations, Func<int, double> probability, out int classes)
    {
        var massed = Enumerable.Range(0, combinations).Select(mask => System.Numerics.BitOperations.PopCount((uint)mask)).ToArray();
        var share = new double[massed.Max() + 1];
        for (int mask = 0; mask < combinations; mask++) share[massed[mask]] += probability(mask);
        int last = 0;
        for (int k = 1; k < share.Length; k++)
            if (share.Skip(k).Sum() >= SmallestClassShare) last = k;
        classes = last + 1;
        return [.. massed.Select(k => Math.Min(k, last))];
    }
}
