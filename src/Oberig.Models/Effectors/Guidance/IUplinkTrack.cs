using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// The fire-control track a launcher's radar sends up to its interceptor in midcourse, in the flight's frame: in the
/// engine, the tracker's real estimate with its real error, instead of the truth plus a drawn error.
/// </summary>
public interface IUplinkTrack
{
    /// <summary>The track's position, m, and velocity, m/s, extrapolated to <paramref name="timeS"/> (s after launch);
    /// false while no track is held (the guidance computer then keeps flying on its last estimate).</summary>
    bool TryRead(double timeS, out Vec3 position, out Vec3 velocity);
}
