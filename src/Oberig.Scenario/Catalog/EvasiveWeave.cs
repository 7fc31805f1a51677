namespace Oberig.Scenario.Catalog;

/// <summary>
/// An air-breathing threat's evasive weave (<c>evasive</c>): a lateral acceleration a·cos(ωt) across its path, flown in
/// whole periods while it cruises within <see cref="FromRangeM"/> of its aim point, ending before the terminal dive so
/// that it still hits the aim point. Each value is sourced as <c>evasive.&lt;field&gt;</c>.
/// </summary>
public sealed record EvasiveWeave
{
    /// <summary>Amplitude a of the lateral acceleration, in g (9.80665 m/s²).</summary>
    public required double WeaveG { get; init; }
    /// <summary>Period 2π/ω of one weave, s.</summary>
    public required double WeavePeriodS { get; init; }
    /// <summary>Ground range to the aim point inside which the weave starts, m (beyond the terminal dive range).</summary>
    public required double FromRangeM { get; init; }
}
