namespace Oberig.Scenario.Catalog;

/// <summary>
/// A missile's fly-out figures, the catalog's optional <c>flyout</c> table (issue 5): what the point-mass flight model
/// (Oberig.Models.Effectors) needs beyond the launch mass. SI units; each number sourced as <c>flyout.&lt;field&gt;</c>.
/// </summary>
public sealed record InterceptorFlyout
{
    /// <summary>Reference area for drag and lift, m².</summary>
    public required double ReferenceAreaM2 { get; init; }
    public required double PropellantMassKg { get; init; }
    public required double BoostTimeS { get; init; }
    public required double BoostThrustN { get; init; }
    public double SustainTimeS { get; init; }
    public double SustainThrustN { get; init; }
    /// <summary>Zero-lift drag coefficient against Mach: [Mach, Cd] pairs, Mach increasing.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> CdMach { get; init; }
    /// <summary>Structural/autopilot lateral acceleration limit, g.</summary>
    public required double MaxLateralG { get; init; }
    /// <summary>Largest usable lift coefficient (lateral acceleration ≤ q·S·CLmax/m); null: no aerodynamic cap.</summary>
    public double? MaxLiftCoefficient { get; init; }
    /// <summary>Seeker lock-on range, m; null: no seeker (command guidance to the end).</summary>
    public double? SeekerLockRangeM { get; init; }
    /// <summary>Seeker field of view, full cone angle, degrees.</summary>
    public double? SeekerFovDeg { get; init; }
    /// <summary>Warhead lethal radius, m.</summary>
    public required double LethalRadiusM { get; init; }
    /// <summary>Kill function against miss distance: <c>cookie-cutter</c> or <c>carleton</c>.</summary>
    public required string KillFunction { get; init; }
    /// <summary>
    /// Probability that a fired missile works from launch to fuzing (launch, motor, guidance, fuze and warhead), in
    /// (0, 1]: the kill function's value at zero miss. Null: 1, a perfectly reliable missile.
    /// </summary>
    public double? Reliability { get; init; }
}
