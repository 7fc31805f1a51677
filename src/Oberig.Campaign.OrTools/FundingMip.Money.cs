using Google.OrTools.LinearSolver;
using Oberig.Campaign.Funding;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.OrTools;

/// <summary>The money side: sources, budget, lines open or not, investments, and what each line's month costs.</summary>
internal sealed partial class FundingMip
{
    private Variable?[,,] _f = new Variable?[0, 0, 0];
    private Variable[,] _open = new Variable[0, 0];
    private Variable[,] _x = new Variable[0, 0];
    private Variable[][,] _y = [];

    private void AddMoney()
    {
        int ns = Sources, nl = _c.Lines.Count;
        _f = new Variable?[ns, nl, _months];
        for (int s = 0; s < ns; s++)
            for (int l = 0; l < nl; l++)
                if (s < _c.Funding.Count ? FundingLedger.MayPay(_c.Funding[s], _c.Lines[l]) : _extra!.Line == l)
                    for (int m = 0; m < _months; m++) _f[s, l, m] = _solver.MakeNumVar(0, Inf, $"f_{s}_{l}_{m}");
        for (int s = 0; s < ns; s++)
        {
            bool lapses = s < _c.Funding.Count && _c.Funding[s].Unspent == UnspentFunds.Lapse;
            double cumulative = 0;
            for (int m = 0; m < _months; m++)
            {
                cumulative += Inflow(s, m);
                // Lapse: only this month's inflow; carry-over: everything that came in so far, less what was paid.
                var source = _solver.MakeConstraint(-Inf, lapses ? Inflow(s, m) : cumulative, $"source_{s}_{m}");
                for (int k = lapses ? m : 0; k <= m; k++)
                    for (int l = 0; l < nl; l++)
                        if (_f[s, l, k] is { } v) source.SetCoefficient(v, 1);
            }
        }
        if (_options.BudgetEur is { } budget)
        {
            var cap = _solver.MakeConstraint(-Inf, budget + (_extra is null ? 0 : _extra.EurPerMonth * _months), "budget");
            foreach (var v in _f) if (v is not null) cap.SetCoefficient(v, 1);
        }
    }

    private void AddLines(double[,] unitCost)
    {
        int nl = _c.Lines.Count;
        _open = new Variable[nl, _months];
        _x = new Variable[nl, _periods];
        _y = new Variable[nl][,];
        for (int l = 0; l < nl; l++)
        {
            var line = _c.Lines[l];
            double most = line.CapacityPerMonth + line.Investments.Sum(i => i.AddedCapacityPerMonth);
            _y[l] = new Variable[line.Investments.Count, _months];
            for (int i = 0; i < line.Investments.Count; i++)
            {
                var once = _solver.MakeConstraint(-Inf, 1, $"once_{l}_{i}");
                for (int m = 0; m < _months; m++) once.SetCoefficient(_y[l][i, m] = Binary($"y_{l}_{i}_{m}"), 1);
            }
            for (int m = 0; m < _months; m++) _open[l, m] = Binary($"open_{l}_{m}");
            for (int h = 0; h < _periods; h++)
            {
                int m = MonthOf(h);
                _x[l, h] = _solver.MakeNumVar(0, most / _perMonth, $"x_{l}_{h}");
                // x ≤ capacity·open, linear: x ≤ base·open + matured added capacity, and x ≤ largest capacity·open.
                var capacity = _solver.MakeConstraint(-Inf, 0, $"cap_{l}_{h}");
                capacity.SetCoefficient(_x[l, h], 1);
                capacity.SetCoefficient(_open[l, m], -line.CapacityPerMonth / _perMonth);
                for (int i = 0; i < line.Investments.Count; i++)
                    for (int k = 0; k + line.Investments[i].LeadMonths <= m; k++)
                        capacity.SetCoefficient(_y[l][i, k], -line.Investments[i].AddedCapacityPerMonth / _perMonth);
                var gate = _solver.MakeConstraint(-Inf, 0, $"gate_{l}_{h}");
                gate.SetCoefficient(_x[l, h], 1);
                gate.SetCoefficient(_open[l, m], -most / _perMonth);
            }
            for (int m = 0; m < _months; m++)
            {
                var money = _solver.MakeConstraint(0, Inf, $"money_{l}_{m}");
                for (int s = 0; s < Sources; s++) if (_f[s, l, m] is { } v) money.SetCoefficient(v, 1);
                money.SetCoefficient(_open[l, m], -(line.FixedCostEurPerMonth + OneEuroMargin));
                for (int h = m * _perMonth; h < (m + 1) * _perMonth; h++) money.SetCoefficient(_x[l, h], -unitCost[l, m]);
                for (int i = 0; i < line.Investments.Count; i++) money.SetCoefficient(_y[l][i, m], -line.Investments[i].CapitalEur);
            }
            if (line.IdleMonthsToClose is { } idle and > 0)
                // Shut `idle` months in a row (w .. w+idle−1): shut for good after that.
                for (int w = 0; w + idle < _months; w++)
                    for (int later = w + idle; later < _months; later++)
                    {
                        var stay = _solver.MakeConstraint(-Inf, 0, $"closed_{l}_{w}_{later}");
                        stay.SetCoefficient(_open[l, later], 1);
                        for (int j = w; j < w + idle; j++) stay.SetCoefficient(_open[l, j], -1);
                    }
        }
    }
}
