namespace Oberig.Campaign.Production;

/// <summary>
/// Wright's law: the n-th unit a line ever makes costs first × n^b, b = log2(learning rate), so the unit cost falls by
/// the learning rate each time cumulative output doubles (0.9: a 10 % saving per doubling).
/// </summary>
internal readonly struct LearningCurve(double firstUnitCostEur, double learningRate)
{
    private readonly double _exponent = Math.Log2(learningRate);

    /// <summary>The cost of the unit that brings cumulative output to <paramref name="unitNumber"/> (≥ 1).</summary>
    public double UnitCost(double unitNumber) => firstUnitCostEur * Math.Pow(Math.Max(unitNumber, 1), _exponent);

    /// <summary>How many more units a line that has made <paramref name="made"/> can pay for with
    /// <paramref name="budgetEur"/>, at most <paramref name="limit"/>, and what they cost.</summary>
    public (int Units, double CostEur) Affordable(double made, double budgetEur, int limit)
    {
        int units = 0;
        double cost = 0;
        while (units < limit)
        {
            double next = UnitCost(made + units + 1);
            if (cost + next > budgetEur * (1 + 1e-12)) break;
            cost += next;
            units++;
        }
        return (units, cost);
    }
}
