namespace Oberig.Scenario.Campaign;

/// <summary>
/// A plan to evaluate or that the optimiser wrote: EUR offered to each line each month (the line spends what it
/// can use, fixed cost first), and the investments made, each in a month. Lines left out get nothing.
/// </summary>
public sealed record FundingPlan
{
    /// <summary>EUR per month by line id; one amount (every month) or one per month of the horizon.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<double>> Funding { get; init; }
    public required IReadOnlyList<PlannedInvestment> Investments { get; init; }

    public double ForLine(string line, int month) =>
        Funding.TryGetValue(line, out var amounts) ? amounts.Count == 1 ? amounts[0] : amounts[month] : 0;

    public static FundingPlan Empty { get; } = new() { Funding = new Dictionary<string, IReadOnlyList<double>>(), Investments = [] };
}

/// <summary>Investment <see cref="Investment"/> of line <see cref="Line"/>, paid in month <see cref="Month"/> (0-based).</summary>
public sealed record PlannedInvestment(string Line, string Investment, int Month);
