using Oberig.Core.Numerics;
using Oberig.Core.Time;

namespace Oberig.BattleManagement.Evaluation;

/// <summary>
/// One track of the air picture as the battle manager sees it, in the world's local ENU frame (X east, Y north, Z up,
/// metres; velocity m/s). Plain data: the engine fills it from its tracker, tests write it by hand.
/// </summary>
/// <param name="Id">The tracker's track id.</param>
/// <param name="Time">When <paramref name="Position"/> and <paramref name="Velocity"/> hold; later times are
/// extrapolated from it.</param>
/// <param name="PositionStdM">Position uncertainty, one standard deviation in metres (the square root of a third of the
/// covariance trace); it widens the corridor in which an asset counts as threatened.</param>
/// <param name="Class">The classifier's label.</param>
/// <param name="ClassConfidence">Probability in [0, 1] that the label is right (for <see cref="ThreatClass.Unknown"/>:
/// that the track is a real hostile object). Read as the probability the track is a real threat.</param>
/// <param name="FireControlQuality">Whether the track is good enough to guide an interceptor (held by a fire-control
/// radar, or a surveillance track the caller judges fit).</param>
/// <param name="RadarId">The radar holding the track (null: a fused track no single radar holds).</param>
public sealed record AirTrack(
    int Id,
    SimTime Time,
    Vec3 Position,
    Vec3 Velocity,
    double PositionStdM,
    ThreatClass Class,
    double ClassConfidence,
    bool FireControlQuality,
    string? RadarId)
{
    /// <summary>Every radar holding the track, when more than <see cref="RadarId"/> does (a fused picture); null: only
    /// <see cref="RadarId"/>.</summary>
    public IReadOnlyList<string>? HeldBy { get; init; }

    /// <summary>Whether radar <paramref name="radarId"/> holds the track.</summary>
    public bool IsHeldBy(string radarId) =>
        string.Equals(RadarId, radarId, StringComparison.Ordinal) || (HeldBy?.Contains(radarId, StringComparer.Ordinal) ?? false);

    /// <summary>Where the track will be at <paramref name="t"/> at constant velocity.</summary>
    public Vec3 PositionAt(SimTime t) => Position + Velocity * (t - Time).Seconds;
}
