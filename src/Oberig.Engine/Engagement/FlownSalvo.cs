using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Core.Random;
using Oberig.Core.Time;
using Oberig.Engine.World;
using Oberig.Models.Effectors.Engagement;
using HermiteSegmentTarget = Oberig.Models.Effectors.Flight.HermiteSegmentTarget;

namespace Oberig.Engine.Engagement;

/// <summary>
/// A salvo's missiles in flight and what they share: an ENU frame at their launcher, the threat they fly at with its
/// true motion (<see cref="HermiteSegmentTarget"/>, the cubic Hermite curve between the Move phase's snapshots) and
/// the fire-control track sent up to them (<see cref="TrackUplink"/>), both moved on once per engine step for the
/// whole salvo before its missiles fly through the step.
/// </summary>
internal sealed class FlownSalvo
{
    private readonly LocalFrame _frame;
    private readonly SimTime _launch;
    private readonly HermiteSegmentTarget _target;
    private readonly TrackUplink _uplink;

    /// <param name="streamFor">The guidance-noise stream of each missile in turn.</param>
    public FlownSalvo(SimulationWorld world, WorldFireUnit unit, InterceptorFlight salvo, int threat, MissileModel kind,
        Func<RandomStream> streamFor, SimTime now)
    {
        _frame = new LocalFrame(unit.Site.WithHeight(0));
        _launch = now;
        Threat = threat;
        _target = new HermiteSegmentTarget(0, ThreatPosition(world), ThreatVelocity(world));
        _uplink = new TrackUplink(_frame, now, salvo.TrackId);
        _uplink.Refresh(world);
        var interceptPoint = _frame.ToEnu(salvo.InterceptPoint).AsVector;
        var launch = new Vec3(0, 0, Math.Max(0, unit.Site.HeightM));
        Missiles = new FlownMissile[salvo.Shots];
        for (int i = 0; i < Missiles.Length; i++)
            Missiles[i] = new FlownMissile(kind, unit.Site.LatitudeDeg, launch, interceptPoint, _target, _uplink, streamFor());
    }

    /// <summary>The threat the salvo flies at (index in the world's threats): the one nearest its track at launch.</summary>
    public int Threat { get; }

    public FlownMissile[] Missiles { get; }

    /// <summary>Moves the threat's motion and the uplinked track on to the end of the step at <paramref name="now"/>;
    /// returns the flight time then, s after launch (0 in the step the salvo was fired).</summary>
    public double MoveTo(SimulationWorld world, SimTime now)
    {
        double t = (now - _launch).Seconds;
        if (t <= _target.EndS) return t;
        _target.MoveTo(t, ThreatPosition(world), ThreatVelocity(world));
        _uplink.Refresh(world);
        return t;
    }

    /// <summary>A point of the salvo's frame on the earth.</summary>
    public Geodetic Geodetic(Vec3 position) => _frame.ToGeodetic(Enu.FromVector(position));

    private Vec3 ThreatPosition(SimulationWorld world) => _frame.ToEnu(world.Snapshot[Threat].Kinematics.Position).AsVector;
    private Vec3 ThreatVelocity(SimulationWorld world) => _frame.RotateToEnu(world.Snapshot[Threat].Kinematics.VelocityEcef).AsVector;
}
