namespace Oberig.Campaign.OrTools;

/// <summary>Reads a solve back by month: flows, the money each line is offered, starts, investments and shortfall.</summary>
internal sealed partial class FundingMip
{
    private MipSolution Read(bool optimal, double bound)
    {
        int ns = Sources, nl = _c.Lines.Count, np = _c.Products.Count;
        var flows = new double[ns, nl, _months];
        var operating = new double[nl, _months];
        var isOpen = new bool[nl, _months];
        var starts = new double[nl, _months];
        var investedIn = new int[nl][];
        for (int l = 0; l < nl; l++)
        {
            var line = _c.Lines[l];
            investedIn[l] = new int[line.Investments.Count];
            Array.Fill(investedIn[l], -1);
            for (int h = 0; h < _periods; h++) starts[l, MonthOf(h)] += Math.Max(_x[l, h].SolutionValue(), 0);
            for (int m = 0; m < _months; m++)
            {
                isOpen[l, m] = _open[l, m].SolutionValue() > 0.5;
                double paid = 0;
                for (int s = 0; s < ns; s++)
                    if (_f[s, l, m] is { } v) paid += flows[s, l, m] = Math.Max(v.SolutionValue(), 0);
                for (int i = 0; i < line.Investments.Count; i++)
                    if (_y[l][i, m].SolutionValue() > 0.5) { investedIn[l][i] = m; paid -= line.Investments[i].CapitalEur; }
                // The simulation pays capital apart, before the lines' requests; a shut month is offered nothing, so the
                // sources keep what it would not use.
                operating[l, m] = isOpen[l, m] ? Math.Max(paid, line.FixedCostEurPerMonth + OneEuroMargin) : 0;
            }
        }
        var fired = new double[np, _months];
        var shortfall = new double[np, _months];
        for (int p = 0; p < np; p++)
        {
            for (int h = 0; h < _periods; h++) fired[p, MonthOf(h)] += Math.Max(_fired[p, h].SolutionValue(), 0);
            for (int m = 0; m < _months; m++) shortfall[p, m] = Math.Max(_nights.Demand[p, m] - fired[p, m], 0);
        }
        // Leakers the full demand would have averted and the fire (own and fallback) did not.
        double leakers = 0, damage = 0;
        var missedLeakers = new double[_nights.ThreatTypes, _months];
        for (int h = 0; h < _periods; h++)
            for (int t = 0; t < _nights.ThreatTypes; t++)
            for (int k = 0; k < _nights.Classes; k++)
            {
                int m = MonthOf(h);
                double missed = 0;
                for (int p = 0; p < np; p++)
                {
                    missed += _nights.Averted[t, p, m, k] / _perMonth;
                    if (_at[t, p, h, k] is { } e) missed -= _nights.AvertedPerShot(t, p, m, k) * Math.Max(e.SolutionValue(), 0);
                }
                missed = Math.Max(missed, 0);
                missedLeakers[t, m] += missed;
                leakers += missed;
                damage += missed * _nights.DamagePerLeaker[t];
            }
        return new MipSolution
        {
            Optimal = optimal, Flows = flows, Operating = operating, Open = isOpen, Starts = starts, InvestedIn = investedIn,
            Fired = fired, Shortfall = shortfall, ExtraLeakers = missedLeakers, ExpectedLeakers = leakers, ExpectedDamage = damage,
            Objective = _options.Objective == CampaignObjective.Leakers ? leakers : damage, Bound = bound,
            Size = (_solver.NumVariables(), _binaries),
            Values = _solver.variables().ToDictionary(v => v.Name(), v => v.SolutionValue(), StringComparer.Ordinal),
        };
    }
}
