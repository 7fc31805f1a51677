using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Tracking.Classification;

namespace Oberig.Engine.World;

/// <summary>
/// One confirmed track of the recognised air picture, as the Decide phase reads it: the tracker's estimate in the
/// world's common ENU frame (<see cref="SimulationWorld.Frame"/>), its classification, and the radars that hold it.
/// </summary>
/// <param name="Id">The tracker's track id.</param>
/// <param name="Time">When the estimate holds (the track's last scan).</param>
/// <param name="PositionVarianceM2">Trace of the position covariance, m².</param>
/// <param name="Classification">What the kinematic classifier makes of it; null before its first update.</param>
/// <param name="HeldBy">Indices of the radars (<see cref="SimulationWorld.Sensors"/>) that detected it recently.</param>
public sealed record PictureTrack(
    int Id,
    SimTime Time,
    Vec3 Position,
    Vec3 Velocity,
    double PositionVarianceM2,
    TrackClassification? Classification,
    IReadOnlyList<int> HeldBy);

/// <summary>The recognised air picture the Track phase leaves for the Decide phase.</summary>
public interface IAirPicture
{
    /// <summary>Writes the confirmed tracks, in track-id order, into <paramref name="into"/> (cleared first).</summary>
    void Read(List<PictureTrack> into);

    /// <summary>The confirmed track <paramref name="trackId"/>, or null when it is gone or not confirmed.</summary>
    PictureTrack? Find(int trackId);
}
