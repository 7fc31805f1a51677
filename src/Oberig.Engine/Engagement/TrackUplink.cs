using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Engine.World;
using Oberig.Models.Effectors.Guidance;

namespace Oberig.Engine.Engagement;

/// <summary>
/// The fire-control track as an interceptor in the engine receives it: the tracker's confirmed track it was fired at,
/// re-expressed in the missile's launcher frame, refreshed once per engine step and extrapolated at constant velocity
/// in between. A dropped track leaves the missile flying on its last estimate (its seeker may still find the target).
/// </summary>
internal sealed class TrackUplink(LocalFrame missileFrame, SimTime launch, int trackId) : IUplinkTrack
{
    private bool _held;
    private Vec3 _position, _velocity;
    private double _timeS;

    /// <summary>Reads the track from the world's air picture (truth is never read here).</summary>
    public void Refresh(SimulationWorld world)
    {
        _held = false;
        if (world.AirPicture?.Find(trackId) is not { } track) return;
        _position = missileFrame.ToEnu(world.Frame.ToEcef(Enu.FromVector(track.Position))).AsVector;
        _velocity = missileFrame.RotateToEnu(world.Frame.RotateToEcef(Enu.FromVector(track.Velocity))).AsVector;
        _timeS = (track.Time - launch).Seconds;
        _held = true;
    }

    public bool TryRead(double timeS, out Vec3 position, out Vec3 velocity)
    {
        position = _position + _velocity * (timeS - _timeS);
        velocity = _velocity;
        return _held;
    }
}
