using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.Production;

/// <summary>Whether a line can start units this month.</summary>
internal enum LineStatus
{
    /// <summary>Open and funded: it starts units.</summary>
    Running,
    /// <summary>Open but not funded this month (or short of inputs all month): it starts nothing.</summary>
    Idle,
    /// <summary>Closed after too long idle; funded months count down its restart.</summary>
    Closed,
}

/// <summary>
/// One production line during one replication: its capacity (with matured investments), where it stands on its
/// learning curve, its work in progress (units started and when they complete) and its open, idle or closed state.
/// </summary>
internal sealed class LineState
{
    private readonly LearningCurve _curve;
    private readonly Queue<(int Day, int Units)> _workInProgress = new();
    private double _capacityCarry;

    public LineState(LineDefinition line, int daysPerMonth)
    {
        Definition = line;
        DaysPerMonth = daysPerMonth;
        Capacity = line.CapacityPerMonth;
        Made = line.PriorUnits;
        _curve = new LearningCurve(line.FirstUnitCostEur, line.LearningRate);
        // Units in work at day 0 complete evenly over the first lead time (already paid for before the campaign).
        for (int k = 0; k < line.InitialWorkInProgress; k++)
        {
            int day = line.LeadTimeDays <= 0 ? 0 : (int)((k + 1.0) * line.LeadTimeDays / line.InitialWorkInProgress) - 1;
            Enqueue(Math.Max(day, 0), 1);
        }
    }

    public LineDefinition Definition { get; }
    public int DaysPerMonth { get; }
    public double Capacity { get; private set; }
    /// <summary>Units made so far, the campaign's and the ones before it (the learning curve's position).</summary>
    public double Made { get; private set; }
    public LineStatus Status { get; private set; } = LineStatus.Running;
    public int IdleMonths { get; private set; }
    public int RestartMonthsLeft { get; private set; }
    /// <summary>What the next unit will cost, EUR (its learning curve at the units made so far).</summary>
    public double NextUnitCostEur => _curve.UnitCost(Made + 1);
    /// <summary>Variable budget left this month, EUR.</summary>
    public double Budget { get; private set; }
    public int UnitsInWork { get; private set; }

    /// <summary>Adds capacity from a matured investment.</summary>
    public void AddCapacity(double unitsPerMonth) => Capacity += unitsPerMonth;

    /// <summary>
    /// The month's start with <paramref name="fundsEur"/> in hand: it pays the fixed cost and keeps the rest as its
    /// variable budget when the money covers the fixed cost; otherwise it idles and spends nothing. A closed line pays
    /// the fixed cost of a restart month and starts nothing until its restart months have run.
    /// </summary>
    /// <returns>The fixed cost paid, EUR.</returns>
    public double StartMonth(double fundsEur)
    {
        double fixedCost = Definition.FixedCostEurPerMonth;
        bool funded = fundsEur > 0 && fundsEur >= fixedCost;
        _capacityCarry = 0;
        if (!funded)
        {
            Budget = 0;
            if (Status != LineStatus.Closed) Status = LineStatus.Idle;
            return 0;
        }
        if (Status == LineStatus.Closed)
        {
            if (RestartMonthsLeft > 0)
            {
                RestartMonthsLeft--;
                Budget = 0;
                return fixedCost;
            }
            IdleMonths = 0;
        }
        Status = LineStatus.Running;
        Budget = fundsEur - fixedCost;
        return fixedCost;
    }

    /// <summary>The month's end: a month without a start counts towards closure.</summary>
    public void EndMonth(bool startedAny)
    {
        if (Status == LineStatus.Closed) return;
        IdleMonths = Status == LineStatus.Running || startedAny ? 0 : IdleMonths + 1;
        if (Definition.IdleMonthsToClose is { } limit && IdleMonths >= limit)
        {
            Status = LineStatus.Closed;
            RestartMonthsLeft = Definition.RestartMonths;
        }
    }

    /// <summary>
    /// One day: a running line may start its daily share of capacity (fractions carried to the next day), as far as
    /// its budget pays (on the learning curve) and <paramref name="inputsFor"/> allows.
    /// </summary>
    /// <returns>Units started and what they cost, EUR.</returns>
    public (int Units, double CostEur) StartUnits(int day, int inputsFor)
    {
        if (Status != LineStatus.Running) return (0, 0);
        _capacityCarry += Capacity / DaysPerMonth;
        int byCapacity = (int)Math.Floor(_capacityCarry + 1e-9);
        var (units, cost) = _curve.Affordable(Made, Budget, Math.Min(byCapacity, inputsFor));
        // Unused capacity is gone (a day's hours are not stored); only the fraction of a unit carries over.
        _capacityCarry -= byCapacity;
        if (units == 0) return (0, 0);
        Budget -= cost;
        Made += units;
        Enqueue(day + Definition.LeadTimeDays, units);
        return (units, cost);
    }

    /// <summary>Units whose lead time ends on <paramref name="day"/> (or before, not yet collected).</summary>
    public int Complete(int day)
    {
        int done = 0;
        while (_workInProgress.Count > 0 && _workInProgress.Peek().Day <= day)
        {
            done += _workInProgress.Dequeue().Units;
        }
        UnitsInWork -= done;
        return done;
    }

    /// <summary>Hands back the month's unspent variable budget (returned to the sources that paid it).</summary>
    public double ReturnBudget()
    {
        double left = Budget;
        Budget = 0;
        return left;
    }

    private void Enqueue(int day, int units)
    {
        _workInProgress.Enqueue((day, units));
        UnitsInWork += units;
    }
}
