using Oberig.Core.Geodesy;

namespace Oberig.BattleManagement.Evaluation;

/// <summary>Options of <see cref="ThreatEvaluator"/>. Documented defaults; <see cref="Problems"/> is checked once at
/// the edge and the evaluator trusts them.</summary>
public sealed record ThreatEvaluationOptions
{
    public static ThreatEvaluationOptions Default { get; } = new();

    /// <summary>Urgency time constant τ, s: urgency = 1 / (1 + t_go / τ), so a threat τ seconds out counts half as much
    /// as one arriving now. Default 60 s (about a short-range engagement's timeline).</summary>
    public double UrgencyTimeConstantS { get; init; } = 60;

    /// <summary>Corridor half-width beyond an asset's radius, m: a track whose closest approach (or predicted impact)
    /// misses the asset's radius by less than this still threatens it. Default 1,000 m (a waypoint-flying drone or
    /// cruise missile turns onto its target late).</summary>
    public double CorridorM { get; init; } = 1000;

    /// <summary>The corridor also widens by this many of the track's position standard deviations. Default 3.</summary>
    public double CorridorSigmas { get; init; } = 3;

    /// <summary>Closest-approach misses closer than this to each other tie, m: the asset reached first is taken (a
    /// track flying over one asset towards another threatens the first soonest). Default 100 m.</summary>
    public double MissToleranceM { get; init; } = 100;

    /// <summary>Height of the ground in the ENU frame, m (flat ground; no terrain model). Default 0.</summary>
    public double GroundUpM { get; init; }

    /// <summary>Gravity for the ballistic arc, m/s². Default the WGS84 normal gravity at 45° latitude, rounded.</summary>
    public double GravityMps2 { get; init; } = Math.Round(NormalGravity.OnEllipsoid(45), 4);

    /// <summary>A track slower than this horizontally is not "approaching" anything, m/s. Default 1 m/s.</summary>
    public double MinApproachSpeedMps { get; init; } = 1;

    /// <summary>Fraction of an asset's value one impact of each class destroys. Defaults follow catalog/threats.yaml's
    /// notional damage_fraction (drone 0.02, cruise 0.08, ballistic 0.1); aircraft 0.05 (notional: a strike aircraft's
    /// bombs, between drone and cruise missile); unknown 0.02 (counted as the commonest threat, a drone).</summary>
    public ThreatClassTable<double> DamageFraction { get; init; } = new(Unknown: 0.02, Drone: 0.02, Cruise: 0.08, Ballistic: 0.1, Aircraft: 0.05);

    public IEnumerable<string> Problems()
    {
        if (!(UrgencyTimeConstantS > 0) || !double.IsFinite(UrgencyTimeConstantS)) yield return $"urgency_time_constant_s: {UrgencyTimeConstantS} is not allowed (finite, more than 0)";
        if (!(CorridorM >= 0) || !double.IsFinite(CorridorM)) yield return $"corridor_m: {CorridorM} is not allowed (finite, at least 0)";
        if (!(CorridorSigmas >= 0) || !double.IsFinite(CorridorSigmas)) yield return $"corridor_sigmas: {CorridorSigmas} is not allowed (finite, at least 0)";
        if (!(MissToleranceM >= 0) || !double.IsFinite(MissToleranceM)) yield return $"miss_tolerance_m: {MissToleranceM} is not allowed (finite, at least 0)";
        if (!double.IsFinite(GroundUpM)) yield return $"ground_up_m: {GroundUpM} is not allowed (finite)";
        if (!(GravityMps2 > 0) || !double.IsFinite(GravityMps2)) yield return $"gravity_mps2: {GravityMps2} is not allowed (finite, more than 0)";
        if (!(MinApproachSpeedMps > 0) || !double.IsFinite(MinApproachSpeedMps)) yield return $"min_approach_speed_mps: {MinApproachSpeedMps} is not allowed (finite, more than 0)";
        foreach (var (c, f) in DamageFraction.Entries())
            if (!(f >= 0 && f <= 1)) yield return $"damage_fraction.{c.ToString().ToLowerInvariant()}: {f} is not allowed (0 to 1)";
    }
}
