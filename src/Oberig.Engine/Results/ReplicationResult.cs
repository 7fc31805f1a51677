namespace Oberig.Engine.Results;

/// <summary>
/// Outcome of one threat type in one replication. The first-detection figures are means over the threats of the type
/// that any radar detected (null when none was): seconds from launch, and slant range from the detecting radar.
/// <see cref="MissilesFired"/> and <see cref="GunBursts"/> count what was fired at the type's threats (by the truth
/// nearest each track fired at).
/// </summary>
public sealed record ThreatTypeOutcome(
    string ThreatType, int Launched, int Detected, int Engaged, int Destroyed, int Leaked, int InFlightAtEnd, double LaunchedCostEur,
    double? FirstDetectionDelayS = null, double? FirstDetectionRangeM = null, int MissilesFired = 0, int GunBursts = 0);

/// <summary>Interceptors (or gun rounds) of one type expended in one replication.</summary>
public sealed record InterceptorExpenditure(string InterceptorType, int Fired, double CostEur);

/// <summary>Value lost by one defended asset in one replication.</summary>
public sealed record AssetOutcome(string AssetId, double ValueLost, double RemainingFraction);

/// <summary>
/// Everything one replication produced that a study aggregates. Lists are in a fixed order (ordinal by id) so the
/// aggregation, and the JSON written from it, is identical whatever thread ran the replication.
/// </summary>
public sealed record ReplicationResult(
    int Replication,
    double SimulatedSeconds,
    long EventCount,
    IReadOnlyList<ThreatTypeOutcome> Threats,
    IReadOnlyList<InterceptorExpenditure> Interceptors,
    IReadOnlyList<AssetOutcome> Assets,
    Tracking.AirPictureOutcome? AirPicture = null)
{
    public double TotalDamage => Assets.Sum(a => a.ValueLost);
    public double InterceptorCostEur => Interceptors.Sum(i => i.CostEur);
    public double ThreatCostEur => Threats.Sum(t => t.LaunchedCostEur);
}
