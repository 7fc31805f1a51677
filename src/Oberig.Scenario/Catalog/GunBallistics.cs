namespace Oberig.Scenario.Catalog;

/// <summary>
/// A gun round's flight and hit model from the catalog's <c>gun</c> table: speed decays exponentially with distance
/// (dv/ds = −v / L), the burst's dispersion grows with range (σ = dispersion × range), and a hit kills with a set
/// probability. Each value is sourced as <c>gun.&lt;field&gt;</c>.
/// </summary>
public sealed record GunBallistics
{
    /// <summary>One-sigma dispersion of the rounds about the aim point, milliradians (gun and fire-control error together).</summary>
    public required double DispersionMrad { get; init; }
    /// <summary>L in v(s) = v0 e^(−s/L), m.</summary>
    public required double VelocityDecayLengthM { get; init; }
    /// <summary>Probability that one hit destroys the target.</summary>
    public required double KillGivenHit { get; init; }
}

/// <summary>Presented area by threat class, m², as a gun's fire control assumes it; null where not given.</summary>
public sealed record ClassAreas
{
    public double? Drone { get; init; }
    public double? Cruise { get; init; }
    public double? Ballistic { get; init; }
    public double? Aircraft { get; init; }
}
