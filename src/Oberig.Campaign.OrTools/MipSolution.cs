namespace Oberig.Campaign.OrTools;

/// <summary>One solve of <see cref="FundingMip"/>: the money, line and stock decisions by month, and what the
/// expected-value model says they leave short.</summary>
internal sealed record MipSolution
{
    public required bool Optimal { get; init; }
    /// <summary>[source, line, month], EUR; sources past the campaign's are the marginal-value solve's extra money.</summary>
    public required double[,,] Flows { get; init; }
    /// <summary>[line, month], EUR offered for fixed and variable costs (capital excluded: the simulation pays it apart).</summary>
    public required double[,] Operating { get; init; }
    public required bool[,] Open { get; init; }
    public required double[,] Starts { get; init; }
    /// <summary>Per line, per investment option, the month it is paid in (−1: not made).</summary>
    public required int[][] InvestedIn { get; init; }
    public required double[,] Fired { get; init; }
    public required double[,] Shortfall { get; init; }
    /// <summary>[threat type, month]: leakers the full demand would have averted and the fire did not.</summary>
    public required double[,] ExtraLeakers { get; init; }
    public required double ExpectedLeakers { get; init; }
    public required double ExpectedDamage { get; init; }
    /// <summary>The minimised figure (leakers or damage from shortfall, without the money term).</summary>
    public required double Objective { get; init; }
    /// <summary>The program's size: variables, and of those binaries.</summary>
    public required (int Variables, int Binaries) Size { get; init; }
    /// <summary>Every variable's value by name: a start for a later solve of the same program.</summary>
    public required IReadOnlyDictionary<string, double> Values { get; init; }
    /// <summary>The solver's proven bound on the objective with the money term (equal to it when optimal).</summary>
    public required double Bound { get; init; }
}
