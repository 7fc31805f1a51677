using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.Funding;

/// <summary>
/// The funding sources' money during one replication: each month's inflow, payments to lines only where the rules
/// allow (<see cref="FundingFlow"/>), refunds of what a line did not use (to the sources that paid it, in proportion),
/// and what a source's rule does with money left at a month's end (carried over, or lapsed).
/// </summary>
internal sealed class FundingLedger
{
    private readonly IReadOnlyList<FundingSourceDefinition> _sources;
    private readonly bool[,] _eligible;
    private readonly double[] _balance;
    private readonly bool[] _lapses;
    private double[,] _paidThisMonth;

    public FundingLedger(CampaignDefinition campaign)
    {
        _sources = campaign.Funding;
        Lines = campaign.Lines;
        _eligible = new bool[_sources.Count, Lines.Count];
        for (int s = 0; s < _sources.Count; s++)
            for (int l = 0; l < Lines.Count; l++)
                _eligible[s, l] = MayPay(_sources[s], Lines[l]);
        _balance = new double[_sources.Count];
        _lapses = [.. _sources.Select(source => source.Unspent == UnspentFunds.Lapse)];
        _paidThisMonth = new double[_sources.Count, Lines.Count];
        Spent = new double[campaign.Months, _sources.Count, Lines.Count];
        Inflow = new double[campaign.Months, _sources.Count];
        Lapsed = new double[campaign.Months, _sources.Count];
    }

    public IReadOnlyList<LineDefinition> Lines { get; }
    /// <summary>EUR each source paid each line and the line used, by month: [month, source, line].</summary>
    public double[,,] Spent { get; }
    public double[,] Inflow { get; }
    /// <summary>EUR lapsed at the start of each month (left from the month before by a source whose money lapses).</summary>
    public double[,] Lapsed { get; }
    public double Balance(int source) => _balance[source];
    public bool Eligible(int source, int line) => _eligible[source, line];

    /// <summary>Whether <paramref name="source"/>'s rules let it pay <paramref name="line"/>.</summary>
    public static bool MayPay(FundingSourceDefinition source, LineDefinition line) =>
        (source.EligibleCountries.Count == 0 || source.EligibleCountries.Contains(line.Country))
        && (source.EligibleLines.Count == 0 || source.EligibleLines.Contains(line.Id));

    /// <summary>The month's inflow, after lapsing what lapses.</summary>
    public void BeginMonth(int month)
    {
        _paidThisMonth = new double[_sources.Count, Lines.Count];
        for (int s = 0; s < _sources.Count; s++)
        {
            if (_sources[s].Unspent == UnspentFunds.Lapse)
            {
                Lapsed[month, s] = _balance[s];
                _balance[s] = 0;
            }
            double amount = _sources[s].AmountInMonth(month);
            _balance[s] += amount;
            Inflow[month, s] = amount;
        }
    }

    /// <summary>Pays each line up to <paramref name="requested"/> from the sources allowed to, as much as their
    /// balances allow in total, money that would lapse first; returns what each line received.</summary>
    public double[] Pay(int month, IReadOnlyList<double> requested)
    {
        var paid = FundingFlow.Allocate(_balance, requested, _eligible, _lapses);
        var received = new double[Lines.Count];
        for (int s = 0; s < _sources.Count; s++)
            for (int l = 0; l < Lines.Count; l++)
            {
                if (paid[s, l] <= 0) continue;
                _balance[s] -= paid[s, l];
                _paidThisMonth[s, l] += paid[s, l];
                Spent[month, s, l] += paid[s, l];
                received[l] += paid[s, l];
            }
        return received;
    }

    /// <summary>Gives back <paramref name="amount"/> a line did not use this month to the sources that paid it, in
    /// proportion to what each paid.</summary>
    public void Refund(int month, int line, double amount)
    {
        if (!(amount > 0)) return;
        double total = 0;
        for (int s = 0; s < _sources.Count; s++) total += _paidThisMonth[s, line];
        if (!(total > 0)) return;
        amount = Math.Min(amount, total);
        for (int s = 0; s < _sources.Count; s++)
        {
            double share = amount * _paidThisMonth[s, line] / total;
            _balance[s] += share;
            _paidThisMonth[s, line] -= share;
            Spent[month, s, line] -= share;
        }
    }
}
