using Oberig.Campaign.Logistics;
using Oberig.Campaign.Random;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.Nights;

/// <summary>
/// Resolves a night's raid from the fitted outcome table instead of the engine, fast enough for thousands of
/// campaign replications.
/// </summary>
/// <remarks>
/// <para>The night's size relative to the table's representative raid, x = (threats tonight) / (threats in the
/// baseline raid), picks the table's figures (<see cref="NightFigures"/>: interpolated between its scales; beyond the
/// largest the night's shots stay at that raid's, and the threats no longer met leak like its survivors).</para>
/// <para>Per threat type t and product p the doctrine wants n_t·a_tp interceptors and would kill n_t·κ_tp threats.
/// Where a product's stock at the fire units falls short of the night's demand, it is given to the threat types with
/// the most damage per leaker first (a decoy last), and the kills of the demand it cannot meet are lost; those
/// threats go, most damaging type first, to products with stock to spare that killed that type in the fit, best
/// kills per interceptor first, at their fitted kills per interceptor. A product's doctrine reserve
/// (<see cref="CampaignDoctrine"/>) is drawn on only by the threat types it is kept for.
/// Threats no one kills leak at the share of survivors that leaked in the fit. The night's kills and leakers are drawn
/// (binomial) around those expectations; interceptors fired are the expected numbers rounded without bias. Rounds the
/// fit saw fired at false tracks (no threat near them) are spent from what is left above the reserve.</para>
/// <para>Stated simplifications: fire units of a product pool their stock for the night (a unit far from the raid
/// fires as readily as a near one), and products fall back on each other only where the fit shows they engage that
/// type. Interceptor types in the fit that no product names (not stocked by the campaign) keep their fitted kills.</para>
/// </remarks>
internal sealed class NightResolver
{
    private readonly NightFigures _figures;
    private readonly int[] _threatOrder;
    private readonly double[,] _fill; // [threat, product]: share of tonight's demand the stock met

    private readonly int[] _reserve;     // per product: units kept for the threat types allowed to draw on them
    private readonly bool[] _mayUseReserve; // per threat type

    public NightResolver(OutcomeTable table, IReadOnlyList<RaidTempo> tempo, IReadOnlyList<ProductDefinition> products, CampaignDoctrine? doctrine = null)
    {
        _figures = new NightFigures(table, tempo, products);
        doctrine ??= CampaignDoctrine.None;
        _reserve = [.. products.Select(p => doctrine.Reserve.GetValueOrDefault(p.Id))];
        _mayUseReserve = [.. Enumerable.Range(0, tempo.Count).Select(t => _figures.DamageEurPerLeaker(t) >= doctrine.ReserveForDamageEurPerLeaker)];
        _threatOrder = [.. Enumerable.Range(0, tempo.Count).OrderByDescending(_figures.DamagePerLeaker).ThenBy(t => t)];
        _fill = new double[tempo.Count, products.Count];
    }

    /// <summary>What of <paramref name="held"/> units of product <paramref name="p"/> threat type <paramref name="t"/>
    /// may draw on: all of them for a type the doctrine keeps the reserve for, the rest above the reserve otherwise.</summary>
    private double Usable(int t, int p, double held) => _mayUseReserve[t] ? held : Math.Max(held - _reserve[p], 0);

    public void Resolve(int[] threats, LogisticsSystem stocks, Draw draw, NightOutcome outcome)
    {
        outcome.Clear();
        int nt = threats.Length, np = _figures.Products;
        double total = 0;
        foreach (int n in threats) total += n;
        if (total == 0) return;
        _figures.At(total / _figures.BaselineThreats);
        var shotsPer = _figures.Shots;
        var killsPer = _figures.Kills;

        // Each product's stock goes to the threat types that do the most damage per leaker first (a doctrine short of
        // long-range missiles keeps them for the ballistic and cruise missiles, not the decoys).
        Span<double> left = stackalloc double[np];
        Span<double> fired = stackalloc double[np];
        var fill = _fill;
        for (int p = 0; p < np; p++) left[p] = stocks.AtUnits(p);
        foreach (int t in _threatOrder)
            for (int p = 0; p < np; p++)
            {
                double want = threats[t] * shotsPer[t, p];
                double take = Math.Min(want, Usable(t, p, left[p]));
                fill[t, p] = want > 0 ? take / want : 1;
                left[p] -= take;
                fired[p] += take;
                outcome.Short[p] += want - take;
            }
        Span<double> spare = left;
        foreach (int t in _threatOrder)
        {
            int n = threats[t];
            if (n == 0) continue;
            double kills = n * _figures.UntrackedKills[t], lost = 0;
            for (int p = 0; p < np; p++)
            {
                kills += n * killsPer[t, p] * fill[t, p];
                lost += n * killsPer[t, p] * (1 - fill[t, p]);
            }
            // Hand the threats a short product left to products with stock to spare, best kills per interceptor first.
            while (lost > 1e-9)
            {
                int best = -1;
                double bestRate = 0;
                for (int p = 0; p < np; p++)
                {
                    if (Usable(t, p, spare[p]) < 1e-9 || shotsPer[t, p] <= 0) continue;
                    double rate = killsPer[t, p] / shotsPer[t, p];
                    if (rate > bestRate) { best = p; bestRate = rate; }
                }
                if (best < 0) break;
                double shots = Math.Min(Usable(t, best, spare[best]), lost / bestRate);
                spare[best] -= shots;
                fired[best] += shots;
                kills += shots * bestRate;
                lost -= shots * bestRate;
            }
            int killed = draw.Binomial(n, Math.Min(kills / n, 1));
            int leaked = draw.Binomial(n - killed, _figures.SurvivorLeak[t]);
            outcome.Killed[t] = killed;
            outcome.Leaked[t] = leaked;
            outcome.Damage[t] = leaked * _figures.DamagePerLeaker(t);
            outcome.DamageEur[t] = leaked * _figures.DamageEurPerLeaker(t);
        }
        // False tracks draw fire too, from what the threats left and above the reserve (no track of value behind them).
        for (int p = 0; p < np; p++)
            fired[p] += Math.Min(_figures.FalseTrackRounds[p], Math.Max(spare[p] - _reserve[p], 0));
        for (int p = 0; p < np; p++)
            outcome.Fired[p] = stocks.Expend(p, draw.StochasticRound(fired[p]));
    }
}
