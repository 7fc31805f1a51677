namespace Oberig.Scenario.Catalog;

public enum InterceptorKind { Missile, GunRound }

/// <summary>An interceptor missile or a gun's ammunition, from catalog/interceptors.yaml. SI units.</summary>
public sealed record InterceptorType
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required InterceptorKind Kind { get; init; }
    public required double MinRangeM { get; init; }
    public required double MaxRangeM { get; init; }
    public required double MinAltitudeM { get; init; }
    public required double MaxAltitudeM { get; init; }
    /// <summary>
    /// Largest offset (crossing range): the horizontal distance from the launcher to the target's ground track that the
    /// interceptor can still engage, m. Null: no offset limit beyond range and altitude. Catalogued as its own bound
    /// because a crossing target's intercept needs a larger turn and lead than a closing one at the same range.
    /// </summary>
    public double? MaxOffsetM { get; init; }
    public required double MaxSpeedMps { get; init; }
    public required double UnitCostEur { get; init; }
    /// <summary>Missiles: launch mass, kg.</summary>
    public double? MassKg { get; init; }
    /// <summary>Guns: cyclic rate of fire of the whole mount, rounds per minute.</summary>
    public double? RateOfFireRpm { get; init; }
    /// <summary>Guns: rounds in one burst.</summary>
    public int? BurstRounds { get; init; }
    /// <summary>
    /// Single-shot kill probability by threat class: per missile, or per burst of <see cref="BurstRounds"/> for a gun.
    /// Null, or a class left out: this interceptor is not credited with killing that class. Interim figures until
    /// fly-out models compute Pk (issue 5).
    /// </summary>
    public KillProbabilities? SingleShotPk { get; init; }
    /// <summary>Missiles: fly-out figures for the point-mass flight model; null where none are catalogued yet.</summary>
    public InterceptorFlyout? Flyout { get; init; }
    /// <summary>Guns: the round's flight and hit model (<c>gun</c>).</summary>
    public GunBallistics? Gun { get; init; }
    /// <summary>Guns: presented area by threat class the fire control assumes (<c>gun_presented_area_m2</c>).</summary>
    public ClassAreas? GunPresentedAreaM2 { get; init; }
    public required IReadOnlyDictionary<string, string> Sources { get; init; }
}
