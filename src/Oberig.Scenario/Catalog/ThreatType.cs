namespace Oberig.Scenario.Catalog;

public enum ThreatKind { Drone, Decoy, CruiseMissile, BallisticMissile }

/// <summary>
/// A threat class from catalog/threats.yaml, after any scenario overrides. SI units. Every number has an entry in
/// <see cref="Sources"/>: a public reference or "notional".
/// </summary>
public sealed record ThreatType
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required ThreatKind Kind { get; init; }
    /// <summary>Speed in level cruise (air-breathing threats) or mean speed after burnout (ballistic), m/s.</summary>
    public required double CruiseSpeedMps { get; init; }
    /// <summary>Speed in the terminal dive or at re-entry, m/s.</summary>
    public required double TerminalSpeedMps { get; init; }
    /// <summary>Cruise height above the ellipsoid, m (air-breathing threats).</summary>
    public required double CruiseAltitudeM { get; init; }
    /// <summary>Ground distance to the aim point at which the terminal dive starts, m.</summary>
    public required double TerminalDiveRangeM { get; init; }
    public required double MaxClimbRateMps { get; init; }
    public required double MaxTurnRateDegPerS { get; init; }
    /// <summary>Maximum flight range, m. A route longer than this never reaches its target.</summary>
    public required double RangeM { get; init; }
    /// <summary>Nominal (mean) radar cross-section, m².</summary>
    public required double RcsM2 { get; init; }
    public required double UnitCostEur { get; init; }
    public required double WarheadKg { get; init; }
    /// <summary>Fraction of a defended asset's value destroyed by one impact inside the asset's radius (0 for decoys).</summary>
    public required double DamageFraction { get; init; }
    /// <summary>Ballistic missiles: boost (burn) duration, s.</summary>
    public double? BurnTimeS { get; init; }
    /// <summary>Ballistic missiles: speed at burnout, m/s.</summary>
    public double? BurnoutSpeedMps { get; init; }
    /// <summary>Ballistic missiles: ballistic coefficient m/(Cd·A), kg/m².</summary>
    public double? BallisticCoefficientKgPerM2 { get; init; }
    /// <summary>
    /// Air-breathing threats: the weave flown across the path near the aim point (<c>evasive</c>). Null: the threat
    /// flies its path straight, as a threat without a catalogued manoeuvre should.
    /// </summary>
    public EvasiveWeave? Evasive { get; init; }
    public required IReadOnlyDictionary<string, string> Sources { get; init; }
}
