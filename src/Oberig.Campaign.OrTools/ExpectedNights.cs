using Oberig.Campaign.Nights;
using Oberig.Campaign.Running;

namespace Oberig.Campaign.OrTools;

/// <summary>
/// The nights of each month on expected values, read through <see cref="NightFigures"/> as the night resolver reads
/// them: per product the interceptors the doctrine wants in the month, and what one interceptor short costs in extra
/// leakers and in damage.
/// </summary>
/// <remarks>
/// <para>Per threat type the count per night is its tempo's mean grown by the trend (compounding), exact in
/// expectation; the night-to-night dispersion is dropped (the table is read at the mean count, not averaged over the
/// count's distribution). Massed raids are kept: the figures are averaged over every combination of types massed or
/// not that night, each with its probability (types are massed independently, as the raid generator draws them), so a
/// massed night is read at its own, larger raid scale.</para>
/// <para>An interceptor short of product p in a night where threat type t takes a share
/// n_t·a_tp / Σ_u n_u·a_up of p's demand loses κ_tp / a_tp kills of type t (the fit's kills per interceptor), and
/// each threat not killed leaks with the fit's survivor leak share; so one interceptor short costs
/// Σ_t n_t·κ_tp·leak_t / Σ_t n_t·a_tp extra leakers (× damage per leaker for damage). The resolver's fallback to
/// other products with spare stock is not modelled: each product's shortfall is priced alone.</para>
/// </remarks>
internal sealed class ExpectedNights
{
    /// <summary>Above this many types that may or may not be massed, only the expected night is read.</summary>
    private const int MostMixedTypes = 12;

    private ExpectedNights(int products, int months)
    {
        Demand = new double[products, months];
        LeakersPerShort = new double[products, months];
        DamagePerShort = new double[products, months];
    }

    /// <summary>[product, month]: interceptors wanted over the month.</summary>
    public double[,] Demand { get; }
    /// <summary>[product, month]: expected extra leakers per interceptor short.</summary>
    public double[,] LeakersPerShort { get; }
    /// <summary>[product, month]: expected extra damage per interceptor short.</summary>
    public double[,] DamagePerShort { get; }

    public double PerShort(CampaignObjective objective, int product, int month) =>
        objective == CampaignObjective.Leakers ? LeakersPerShort[product, month] : DamagePerShort[product, month];

    public static ExpectedNights Of(CampaignModel model)
    {
        var c = model.Campaign;
        var tempo = c.Tempo;
        int np = c.Products.Count, nt = tempo.Count;
        var figures = new NightFigures(model.Outcomes, tempo, c.Products);
        var result = new ExpectedNights(np, c.Months);
        int[] mixed = [.. Enumerable.Range(0, nt).Where(t => tempo[t].MassedRaidProbabilityPerDay is > 0 and < 1)];
        bool enumerate = mixed.Length <= MostMixedTypes;
        var counts = new double[nt];
        var demand = new double[np];
        var leakers = new double[np];
        var damage = new double[np];
        for (int m = 0; m < c.Months; m++)
        {
            Array.Clear(demand); Array.Clear(leakers); Array.Clear(damage);
            int combinations = enumerate ? 1 << mixed.Length : 1;
            for (int mask = 0; mask < combinations; mask++)
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
                double total = counts.Sum();
                if (probability == 0 || total <= 0) continue;
                figures.At(total / figures.BaselineThreats);
                for (int t = 0; t < nt; t++)
                    for (int p = 0; p < np; p++)
                    {
                        double kills = counts[t] * figures.Kills[t, p] * figures.SurvivorLeak[t];
                        demand[p] += probability * counts[t] * figures.Shots[t, p];
                        leakers[p] += probability * kills;
                        damage[p] += probability * kills * figures.DamagePerLeaker(t);
                    }
            }
            for (int p = 0; p < np; p++)
            {
                result.Demand[p, m] = demand[p] * c.DaysPerMonth;
                result.LeakersPerShort[p, m] = demand[p] > 0 ? leakers[p] / demand[p] : 0;
                result.DamagePerShort[p, m] = demand[p] > 0 ? damage[p] / demand[p] : 0;
            }
        }
        return result;
    }
}
