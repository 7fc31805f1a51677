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
        var p = track.Position;
        var v = track.Velocity;
        _position = ToVec(missileFrame.ToEnu(world.Frame.ToEcef(new Enu(p.X, p.Y, p.Z))));
        _velocity = ToVec(missileFrame.RotateToEnu(world.Frame.RotateToEcef(new Enu(v.X, v.Y, v.Z))));
        _timeS = (track.Time - launch).Seconds;
        _held = true;
    }

    public bool TryRead(double timeS, out Vec3 position, out Vec3 velocity)
    {
        position = _position + _velocity * (timeS - _timeS);
        velocity = _velocity;
        return _held;
    }

    private static Vec3 ToVec(Enu e) => new(e.East, e.North, e.Up);
}
