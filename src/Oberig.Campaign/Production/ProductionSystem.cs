using Oberig.Campaign.Funding;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.Production;

/// <summary>
/// Every production line of a campaign, its component stores and the money that reaches it. Each month it pays the
/// plan's investments and offers each line what the plan gives it (from the sources allowed to pay it), the lines pay
/// their fixed cost or idle; each day finished work leaves the lines (components to their store, products to the
/// caller's depot) and running lines start what capacity, budget and components allow; at the month's end unused
/// money goes back to the sources that paid it.
/// </summary>
internal sealed class ProductionSystem
{
    private readonly CampaignDefinition _campaign;
    private readonly FundingLedger _ledger;
    private readonly FundingPlan? _plan;
    private readonly int[] _makesComponent, _makesProduct;
    private readonly (int Component, int Quantity)[][] _bill; // per product
    private readonly List<(int Month, int Line, double Added)> _maturing = [];
    private readonly bool[] _startedThisMonth;
    private readonly double[] _requests;

    public ProductionSystem(CampaignDefinition campaign, IReadOnlyList<string> products, FundingLedger ledger, FundingPlan? plan)
    {
        _campaign = campaign;
        _ledger = ledger;
        _plan = plan;
        Components = [.. campaign.Components.Select(c => c.Id)];
        Lines = [.. campaign.Lines.Select(l => new LineState(l, campaign.DaysPerMonth))];
        _makesComponent = [.. campaign.Lines.Select(l => IndexOf(Components, l.Makes))];
        _makesProduct = [.. campaign.Lines.Select(l => IndexOf(products, l.Makes))];
        _bill = [.. products.Select(p => campaign.Products.First(d => d.Id == p).BillOfMaterials
            .Select(b => (IndexOf(Components, b.Key), b.Value)).ToArray())];
        ComponentStock = [.. Components.Select(c => campaign.InitialComponentStock.GetValueOrDefault(c))];
        InitialComponentStock = [.. ComponentStock];
        ComponentMade = new int[Components.Count];
        ComponentUsed = new int[Components.Count];
        _startedThisMonth = new bool[Lines.Length];
        _requests = new double[Lines.Length];
        int months = campaign.Months, lines = Lines.Length;
        Started = new int[lines, months];
        Completed = new int[lines, months];
        Capacity = new double[lines, months];
        FixedPaid = new double[lines, months];
        VariablePaid = new double[lines, months];
        CapitalPaid = new double[lines, months];
        Status = new LineStatus[lines, months];
        Invested = [];
        Unfunded = [];
    }

    public IReadOnlyList<string> Components { get; }
    public LineState[] Lines { get; }
    public int[] ComponentStock { get; }
    public int[] InitialComponentStock { get; }
    public int[] ComponentMade { get; }
    public int[] ComponentUsed { get; }
    public int[,] Started { get; }
    public int[,] Completed { get; }
    public double[,] Capacity { get; }
    public double[,] FixedPaid { get; }
    public double[,] VariablePaid { get; }
    public double[,] CapitalPaid { get; }
    public LineStatus[,] Status { get; }
    /// <summary>Investments paid for, and those the sources allowed to pay could not fund when planned.</summary>
    public List<PlannedInvestment> Invested { get; }
    public List<PlannedInvestment> Unfunded { get; }

    public void BeginMonth(int month)
    {
        _ledger.BeginMonth(month);
        foreach (var (at, line, added) in _maturing)
            if (at == month) Lines[line].AddCapacity(added);
        if (_plan is not null)
            foreach (var planned in _plan.Investments)
                if (planned.Month == month) Invest(month, planned);
        for (int l = 0; l < Lines.Length; l++)
            _requests[l] = _plan is null ? WhatItCanUse(Lines[l]) : _plan.ForLine(Lines[l].Definition.Id, month);
        var received = _ledger.Pay(month, _requests);
        for (int l = 0; l < Lines.Length; l++)
        {
            double fixedCost = Lines[l].StartMonth(received[l]);
            FixedPaid[l, month] += fixedCost;
            if (Lines[l].Budget == 0) _ledger.Refund(month, l, received[l] - fixedCost);
            Capacity[l, month] = Lines[l].Capacity;
            _startedThisMonth[l] = false;
        }
    }

    /// <summary>One day of work: completions, then starts (in file order, so an earlier final-assembly line has the
    /// first claim on shared components).</summary>
    /// <param name="productsDone">Adds finished products, by product, for the depot.</param>
    public void Day(int day, int month, int[] productsDone)
    {
        for (int l = 0; l < Lines.Length; l++)
        {
            int done = Lines[l].Complete(day);
            if (done == 0) continue;
            Completed[l, month] += done;
            if (_makesComponent[l] >= 0) { ComponentStock[_makesComponent[l]] += done; ComponentMade[_makesComponent[l]] += done; }
            else productsDone[_makesProduct[l]] += done;
        }
        for (int l = 0; l < Lines.Length; l++)
        {
            int p = _makesProduct[l];
            int inputs = p >= 0 ? InputsFor(p) : int.MaxValue;
            var (units, cost) = Lines[l].StartUnits(day, inputs);
            if (units == 0) continue;
            if (p >= 0)
                foreach (var (component, quantity) in _bill[p])
                {
                    ComponentStock[component] -= units * quantity;
                    ComponentUsed[component] += units * quantity;
                }
            Started[l, month] += units;
            VariablePaid[l, month] += cost;
            _startedThisMonth[l] = true;
        }
    }

    public void EndMonth(int month)
    {
        for (int l = 0; l < Lines.Length; l++)
        {
            Lines[l].EndMonth(_startedThisMonth[l]);
            Status[l, month] = Lines[l].Status;
            _ledger.Refund(month, l, Lines[l].ReturnBudget());
        }
    }

    private int InputsFor(int product)
    {
        int most = int.MaxValue;
        foreach (var (component, quantity) in _bill[product])
            most = Math.Min(most, quantity > 0 ? ComponentStock[component] / quantity : int.MaxValue);
        return most;
    }

    /// <summary>Without a plan each line asks for what it could spend this month: its fixed cost and its capacity at
    /// its next unit's cost (the learning curve only lowers that).</summary>
    private static double WhatItCanUse(LineState line) =>
        line.Definition.FixedCostEurPerMonth + line.Capacity * line.NextUnitCostEur;

    private void Invest(int month, PlannedInvestment planned)
    {
        int l = Array.FindIndex(Lines, x => x.Definition.Id == planned.Line);
        var option = Lines[l].Definition.Investments.First(i => i.Id == planned.Investment);
        var request = new double[Lines.Length];
        request[l] = option.CapitalEur;
        var received = _ledger.Pay(month, request);
        if (received[l] < option.CapitalEur * (1 - 1e-9))
        {
            _ledger.Refund(month, l, received[l]);
            Unfunded.Add(planned);
            return;
        }
        CapitalPaid[l, month] += option.CapitalEur;
        Invested.Add(planned);
        if (option.LeadMonths == 0) Lines[l].AddCapacity(option.AddedCapacityPerMonth);
        else _maturing.Add((month + option.LeadMonths, l, option.AddedCapacityPerMonth));
    }

    private static int IndexOf(IReadOnlyList<string> list, string id)
    {
        for (int k = 0; k < list.Count; k++) if (list[k] == id) return k;
        return -1;
    }
}
