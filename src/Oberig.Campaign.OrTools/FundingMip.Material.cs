using Google.OrTools.LinearSolver;

namespace Oberig.Campaign.OrTools;

/// <summary>The material side: completions after lead times and component stores.</summary>
internal sealed partial class FundingMip
{
    private Variable[,] _done = new Variable[0, 0];

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
}
