using Google.OrTools.LinearSolver;

namespace Oberig.Campaign.OrTools;

/// <summary>The material side: completions after lead times, component stores, the fire units' stock and what the
/// nights fire from it.</summary>
internal sealed partial class FundingMip
{
    private Variable[,] _done = new Variable[0, 0];
    private Variable[,] _fired = new Variable[0, 0];
    private readonly List<(Variable Fired, double Weight)> _shortfallTerms = [];

    private void AddMaterials()
    {
        int nl = _c.Lines.Count;
        // Completions: this period's share of each earlier period's starts, plus the work in progress at day 0.
        _done = new Variable[nl, _periods];
        for (int l = 0; l < nl; l++)
        {
            var line = _c.Lines[l];
            var lag = PeriodLag.Of(line.LeadTimeDays, _daysPerPeriod);
            var wip = PeriodLag.WorkInProgress(line.InitialWorkInProgress, line.LeadTimeDays, _daysPerPeriod, _periods);
            for (int h = 0; h < _periods; h++)
            {
                _done[l, h] = _solver.MakeNumVar(0, Inf, $"done_{l}_{h}");
                var completion = _solver.MakeConstraint(wip[h], wip[h], $"done_{l}_{h}");
                completion.SetCoefficient(_done[l, h], 1);
                for (int k = 0; k <= h; k++)
                    if (lag.Share(k, h) is var share and > 0) completion.SetCoefficient(_x[l, k], -share);
            }
        }
        // Component stores: initial + made − consumed by final assembly ≥ 0, every period.
        foreach (var component in _c.Components)
        {
            double initial = _c.InitialComponentStock.GetValueOrDefault(component.Id);
            for (int h = 0; h < _periods; h++)
            {
                var store = _solver.MakeConstraint(-initial, Inf, $"component_{component.Id}_{h}");
                for (int l = 0; l < nl; l++)
                {
                    int quantity = _c.Products.FirstOrDefault(p => p.Id == _c.Lines[l].Makes)?.BillOfMaterials.GetValueOrDefault(component.Id) ?? 0;
                    for (int j = 0; j <= h; j++)
                    {
                        if (_c.Lines[l].Makes == component.Id) store.SetCoefficient(_done[l, j], 1);
                        else if (quantity > 0) store.SetCoefficient(_x[l, j], -quantity);
                    }
                }
            }
        }
    }

    private void AddNights()
    {
        int np = _c.Products.Count, nl = _c.Lines.Count;
        var objective = _solver.Objective();
        double offset = 0;
        _fired = new Variable[np, _periods];
        for (int p = 0; p < np; p++)
        {
            var supply = ProductSupply.Of(_c, p);
            var transit = PeriodLag.Of(supply.TransitDays, _daysPerPeriod);
            int[] assembly = [.. Enumerable.Range(0, nl).Where(l => _c.Lines[l].Makes == _c.Products[p].Id)];
            // No more can ever be in stock than the initial stock and every unit the lines could make.
            double most = 1 + supply.AtUnits + supply.Depot + assembly.Sum(l =>
                _months * (_c.Lines[l].CapacityPerMonth + _c.Lines[l].Investments.Sum(i => i.AddedCapacityPerMonth)) + _c.Lines[l].InitialWorkInProgress);
            double arrivedInitially = supply.AtUnits;
            for (int h = 0; h < _periods; h++)
            {
                int m = MonthOf(h);
                double demand = _nights.Demand[p, m] / _perMonth, weight = _nights.PerShort(_options.Objective, p, m);
                _fired[p, h] = _solver.MakeNumVar(0, demand, $"fired_{p}_{h}");
                offset += weight * demand;
                objective.SetCoefficient(_fired[p, h], -weight);
                _shortfallTerms.Add((_fired[p, h], weight));
                // Stock at the period's end = initial arrivals + delivered − fired so far ≥ 0.
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
                if (demand <= 0) continue;
                // Fire what is wanted (dry = 0), or run the stock dry (dry = 1): never hold interceptors back.
                var dry = _solver.MakeBoolVar($"dry_{p}_{h}");
                var wanted = _solver.MakeConstraint(demand, Inf, $"wanted_{p}_{h}");
                wanted.SetCoefficient(_fired[p, h], 1);
                wanted.SetCoefficient(dry, demand);
                var empty = _solver.MakeConstraint(-Inf, most, $"empty_{p}_{h}");
                empty.SetCoefficient(stock, 1);
                empty.SetCoefficient(dry, most);
            }
        }
        objective.SetOffset(offset);
        objective.SetMinimization();
    }
}
