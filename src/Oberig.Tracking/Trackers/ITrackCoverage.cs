using Oberig.Tracking.Tracks;

namespace Oberig.Tracking.Trackers;

/// <summary>
/// Which tracks a sensor's scan can see (line of sight, instrumented range, sector), and optionally how well: a track it
/// does not cover takes no part in that scan (see <see cref="Tracker.Step(Oberig.Core.Time.SimTime, ReadOnlySpan{double}, Oberig.Tracking.Models.Measurement.IMeasurementModel, ITrackCoverage?, int)"/>).
/// </summary>
public interface ITrackCoverage
{
    /// <summary>
    /// Whether the scan covers <paramref name="track"/>, judged on the track as it stands before the scan: its
    /// <see cref="Track.State"/> after its latest scan, at <c>track.State.Time</c>, not predicted to the scan's time
    /// (the state is interleaved [x, vx, y, vy, z, vz, ...] in the common ENU frame; an implementation that wants the
    /// position at the scan time can extrapolate with the velocity over scan time − State.Time). Called once per live
    /// track per scan; must not modify the track and should not allocate.
    /// </summary>
    bool Covers(Track track);

    /// <summary>
    /// The probability that this scan detects the target of a covered <paramref name="track"/> (judged like
    /// <see cref="Covers"/>), for association costs and the track score: a radar's Pd falls towards the edge of its
    /// detection range, where a miss says little. The tracker asks it right after <see cref="Covers"/> said yes for
    /// the same track, so an implementation may reuse what that call computed. NaN (the default) means the tracker's
    /// <see cref="Associators.AssociationOptions.DetectionProbability"/>.
    /// </summary>
    double DetectionProbability(Track track) => double.NaN;

    /// <summary>This scan's false detections per unit measurement volume (λ); NaN (the default) means the tracker's
    /// <see cref="Associators.AssociationOptions.ClutterDensity"/>.</summary>
    double ClutterDensity => double.NaN;
}
