using Google.OrTools.LinearSolver;

namespace Oberig.Campaign.OrTools;

/// <summary>The nights: what the fire units fire at each threat type, the leakers that averts, and the stock it
/// leaves.</summary>
internal sealed partial class FundingMip
{
    private Variable[,] _fired = new Variable[0, 0];
    private Variable?[,,,] _at = new Variable?[0, 0, 0, 0];
    private readonly List<(Variable Fired, double Weight)> _shortfallTerms = [];

    private void AddNights()
    {
        var supplies = Enumerable.Range(0, _c.Products.Count).Select(p => ProductSupply.Of(_c, p)).ToArray();
        var objective = _solver.Objective();
        objective.SetOffset(AddFire(supplies));
        AddStocks(supplies);
        objective.SetMinimization();
    }

    /// <summary>
    /// Per threat type, product, period and night class: interceptors fired, e ≥ 0, only where the fit fires the
    /// product at the type; each averts the fit's leakers per interceptor, so another product's spare stock makes up
    /// kills a short one loses at its own rate, as the night resolver's fallback does. Per type, period and class the
    /// leakers averted by all products together stay within what the doctrine's full demand would avert (fallback
    /// replaces lost kills, never adds to a full night's); per product, period and class the fire stays within what
    /// the units hold on those nights.
    /// </summary>
    /// <returns>The objective's offset: what the full demand would avert, weighted, so the objective is the shortfall.</returns>
    private double AddFire(ProductSupply[] supplies)
    {
        int np = _c.Products.Count, nt = _nights.ThreatTypes, nk = _nights.Classes;
        var objective = _solver.Objective();
        double offset = 0;
        _at = new Variable?[nt, np, _periods, nk];
        for (int h = 0; h < _periods; h++)
        {
            int m = MonthOf(h);
            for (int k = 0; k < nk; k++)
            {
                for (int t = 0; t < nt; t++)
                {
                    double weight = _nights.Weight(_options.Objective, t), averted = 0;
                    for (int p = 0; p < np; p++) averted += _nights.Averted[t, p, m, k] / _perMonth;
                    if (averted <= 0) continue;
                    offset += weight * averted;
                    var most = _solver.MakeConstraint(-Inf, averted, $"averted_{t}_{h}_{k}");
                    for (int p = 0; p < np; p++)
                    {
                        double rate = _nights.AvertedPerShot(t, p, m, k);
                        if (rate <= 0) continue;
                        var e = _at[t, p, h, k] = _solver.MakeNumVar(0, Inf, $"at_{t}_{p}_{h}_{k}");
                        most.SetCoefficient(e, rate);
                        objective.SetCoefficient(e, -weight * rate);
                        _shortfallTerms.Add((e, weight * rate));
                    }
                }
                for (int p = 0; p < np; p++)
                {
                    var night = _solver.MakeConstraint(-Inf, NightsOf(k) * supplies[p].OneNight, $"night_{p}_{h}_{k}");
                    for (int t = 0; t < nt; t++) if (_at[t, p, h, k] is { } e) night.SetCoefficient(e, 1);
                }
            }
        }
        return offset;
    }

    /// <summary>
    /// Per product and period: the fire (all types and classes, and at false tracks), the stock at the fire units it
    /// leaves (arrivals after transit, less losses, less fire so far, ≥ 0), and the doctrine's rule that interceptors
    /// are not held back: either the period fires all the doctrine wants that the units could fire, or the stock runs
    /// down to the doctrine's reserve (a binary per product and period says which).
    /// </summary>
    private void AddStocks(ProductSupply[] supplies)
    {
        int np = _c.Products.Count, nl = _c.Lines.Count, nt = _nights.ThreatTypes, nk = _nights.Classes;
        _fired = new Variable[np, _periods];
        for (int p = 0; p < np; p++)
        {
            var supply = supplies[p];
            var transit = PeriodLag.Of(supply.TransitDays, _daysPerPeriod);
            int[] assembly = [.. Enumerable.Range(0, nl).Where(l => _c.Lines[l].Makes == _c.Products[p].Id)];
            double reserve = _c.Doctrine.Reserve.GetValueOrDefault(_c.Products[p].Id);
            double arrivedInitially = supply.AtUnits;
            for (int h = 0; h < _periods; h++)
            {
                int m = MonthOf(h);
                _fired[p, h] = _solver.MakeNumVar(0, Inf, $"fired_{p}_{h}");
                var sum = _solver.MakeConstraint(0, 0, $"fired_{p}_{h}");
                sum.SetCoefficient(_fired[p, h], 1);
                for (int t = 0; t < nt; t++)
                    for (int k = 0; k < nk; k++)
                        if (_at[t, p, h, k] is { } e) sum.SetCoefficient(e, -1);
                // Rounds at false tracks: spent as the fit saw them spent, averting nothing.
                double falseTracks = _nights.FalseTracks[p, m] / _perMonth;
                if (falseTracks > 0) sum.SetCoefficient(_solver.MakeNumVar(0, falseTracks, $"false_{p}_{h}"), -1);
                arrivedInitially += supply.Depot * supply.Kept * transit.Share(0, h);
                var stock = _solver.MakeNumVar(0, Inf, $"stock_{p}_{h}");
                var balance = _solver.MakeConstraint(arrivedInitially, arrivedInitially, $"stock_{p}_{h}");
                balance.SetCoefficient(stock, 1);
                for (int j = 0; j <= h; j++)
                {
                    balance.SetCoefficient(_fired[p, j], 1);
                    if (supply.Kept == 0) continue;
                    foreach (int l in assembly)
                        for (int k = 0; k <= j; k++)
                            if (transit.Share(k, j) is var share and > 0)
                                balance.SetCoefficient(_done[l, k], balance.GetCoefficient(_done[l, k]) - supply.Kept * share);
                }
                double demand = 0;
                for (int k = 0; k < nk; k++)
                {
                    double classDemand = 0;
                    for (int t = 0; t < nt; t++) classDemand += _nights.Wanted[t, p, m, k] / _perMonth;
                    demand += Math.Min(classDemand, NightsOf(k) * supply.OneNight);
                }
                demand += falseTracks;
                if (demand <= 0) continue;
                // No more can be in stock than the initial stock and every unit the lines could have made by then.
                double held = 1 + supply.AtUnits + supply.Depot + assembly.Sum(l => _c.Lines[l].InitialWorkInProgress
                    + (m + 1) * (_c.Lines[l].CapacityPerMonth + _c.Lines[l].Investments.Sum(i => i.AddedCapacityPerMonth)));
                if (held <= reserve) continue;
                var dry = Binary($"dry_{p}_{h}");
                var wanted = _solver.MakeConstraint(demand, Inf, $"wanted_{p}_{h}");
                wanted.SetCoefficient(_fired[p, h], 1);
                wanted.SetCoefficient(dry, demand);
                var empty = _solver.MakeConstraint(-Inf, held, $"empty_{p}_{h}");
                empty.SetCoefficient(stock, 1);
                empty.SetCoefficient(dry, held - reserve);
            }
        }
    }

    /// <summary>Nights of class <paramref name="k"/> in one period, expected.</summary>
    private double NightsOf(int k) => _nights.NightShare[k] * _daysPerPeriod;
}
