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
/// baseline raid), picks the table's figures by linear interpolation between its scales. Below its smallest scale the
/// smallest holds (a smaller raid is no harder per threat). Above its largest the defense fires no more in a night
/// than it did there (its channels and launchers are the limit), so shots and kills per threat fall as
/// largest scale / x and the threats it no longer meets leak like the survivors did there.</para>
/// <para>Per threat type t and product p the doctrine wants n_t·a_tp interceptors and would kill n_t·κ_tp threats.
/// Where a product's stock at the fire units, S_p, is short of its whole demand D_p, it fires S_p/D_p of every
/// demand and its kills shrink alike; the threats it leaves go, most damaging type first, to products with stock to
/// spare that killed that type in the fit, best kills per interceptor first, at their fitted kills per interceptor.
/// Threats no one kills leak at the share of survivors that leaked in the fit. The night's kills and leakers are drawn
/// (binomial) around those expectations; interceptors fired are the expected numbers rounded without bias.</para>
/// <para>Stated simplifications: fire units of a product pool their stock for the night (a unit far from the raid
/// fires as readily as a near one), and products fall back on each other only where the fit shows they engage that
/// type. Interceptor types in the fit that no product names (not stocked by the campaign) keep their fitted kills.</para>
/// </remarks>
internal sealed class NightResolver
{
    private readonly ThreatOutcomeFit[] _fits;
    private readonly string?[] _interceptorOfProduct;
    private readonly double _baseline;
    private readonly int[] _threatOrder;
    private readonly double[,] _shots, _kills; // [threat, product] per threat at tonight's scale
    private readonly double[] _survivorLeak, _untrackedKills;

    public NightResolver(OutcomeTable table, IReadOnlyList<RaidTempo> tempo, IReadOnlyList<ProductDefinition> products)
    {
        _fits = new ThreatOutcomeFit[tempo.Count];
        for (int t = 0; t < tempo.Count; t++)
            _fits[t] = table.Threats.FirstOrDefault(f => f.Threat == tempo[t].Threat)
                ?? throw new ArgumentException($"the outcome table (fitted from '{table.Scenario}') has no threat type '{tempo[t].Threat}'");
        _interceptorOfProduct = [.. products.Select(p => p.InterceptorType)];
        _baseline = Math.Max(table.BaselineRaid.Values.Sum(), 1e-9);
        _threatOrder = [.. Enumerable.Range(0, tempo.Count).OrderByDescending(t => _fits[t].DamagePerLeaker).ThenBy(t => t)];
        _shots = new double[tempo.Count, products.Count];
        _kills = new double[tempo.Count, products.Count];
        _survivorLeak = new double[tempo.Count];
        _untrackedKills = new double[tempo.Count];
    }

    public void Resolve(int[] threats, LogisticsSystem stocks, Draw draw, NightOutcome outcome)
    {
        outcome.Clear();
        int nt = threats.Length, np = _interceptorOfProduct.Length;
        double total = 0;
        foreach (int n in threats) total += n;
        if (total == 0) return;
        Figures(total / _baseline);

        Span<double> demand = stackalloc double[np];
        Span<double> fill = stackalloc double[np];
        Span<double> spare = stackalloc double[np];
        Span<double> fired = stackalloc double[np];
        for (int t = 0; t < nt; t++)
            for (int p = 0; p < np; p++) demand[p] += threats[t] * _shots[t, p];
        for (int p = 0; p < np; p++)
        {
            double stock = stocks.AtUnits(p);
            fill[p] = demand[p] > 0 ? Math.Min(1, stock / demand[p]) : 1;
            fired[p] = demand[p] * fill[p];
            spare[p] = Math.Max(stock - fired[p], 0);
            outcome.Short[p] = demand[p] - fired[p];
        }
        foreach (int t in _threatOrder)
        {
            int n = threats[t];
            if (n == 0) continue;
            double kills = n * _untrackedKills[t], lost = 0;
            for (int p = 0; p < np; p++)
            {
                kills += n * _kills[t, p] * fill[p];
                lost += n * _kills[t, p] * (1 - fill[p]);
            }
            // Hand the threats a short product left to products with stock to spare, best kills per interceptor first.
            while (lost > 1e-9)
            {
                int best = -1;
                double bestRate = 0;
                for (int p = 0; p < np; p++)
                {
                    if (spare[p] < 1e-9 || _shots[t, p] <= 0) continue;
                    double rate = _kills[t, p] / _shots[t, p];
                    if (rate > bestRate) { best = p; bestRate = rate; }
                }
                if (best < 0) break;
                double shots = Math.Min(spare[best], lost / bestRate);
                spare[best] -= shots;
                fired[best] += shots;
                kills += shots * bestRate;
                lost -= shots * bestRate;
            }
            int killed = draw.Binomial(n, Math.Min(kills / n, 1));
            int leaked = draw.Binomial(n - killed, _survivorLeak[t]);
            outcome.Killed[t] = killed;
            outcome.Leaked[t] = leaked;
            outcome.Damage[t] = leaked * _fits[t].DamagePerLeaker;
            outcome.DamageEur[t] = leaked * _fits[t].DamageEurPerLeaker;
        }
        for (int p = 0; p < np; p++)
            outcome.Fired[p] = stocks.Expend(p, draw.StochasticRound(fired[p]));
    }

    /// <summary>Fills the per-threat figures at raid scale <paramref name="x"/>.</summary>
    private void Figures(double x)
    {
        for (int t = 0; t < _fits.Length; t++)
        {
            var points = _fits[t].Points;
            double throttle = 1;
            OutcomePoint lo, hi;
            double f;
            if (x <= points[0].Scale) { lo = hi = points[0]; f = 0; }
            else if (x >= points[^1].Scale) { lo = hi = points[^1]; f = 0; throttle = points[^1].Scale / x; }
            else
            {
                int k = 0;
                while (points[k + 1].Scale < x) k++;
                lo = points[k]; hi = points[k + 1];
                f = (x - lo.Scale) / (hi.Scale - lo.Scale);
            }
            double tracked = 0;
            for (int p = 0; p < _interceptorOfProduct.Length; p++)
            {
                string? id = _interceptorOfProduct[p];
                double shots = id is null ? 0 : Lerp(lo.ShotsPerThreat.GetValueOrDefault(id), hi.ShotsPerThreat.GetValueOrDefault(id), f);
                double kills = id is null ? 0 : Lerp(lo.KillsPerThreat.GetValueOrDefault(id), hi.KillsPerThreat.GetValueOrDefault(id), f);
                _shots[t, p] = throttle * shots;
                _kills[t, p] = throttle * kills;
                tracked += kills;
            }
            double killed = Lerp(Sum(lo.KillsPerThreat), Sum(hi.KillsPerThreat), f);
            // Interceptor types the campaign does not stock (no product names them) keep killing as fitted.
            _untrackedKills[t] = throttle * Math.Max(killed - tracked, 0);
            double leak = Lerp(lo.LeakFraction, hi.LeakFraction, f);
            _survivorLeak[t] = killed < 1 ? Math.Clamp(leak / (1 - killed), 0, 1) : 1;
        }
    }

    private static double Lerp(double a, double b, double f) => a + (b - a) * f;
    private static double Sum(IReadOnlyDictionary<string, double> values) => values.Values.Sum();
}
