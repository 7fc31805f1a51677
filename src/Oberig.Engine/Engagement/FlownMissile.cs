using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Core.Random;
using Oberig.Core.Time;
using Oberig.Engine.World;
using Oberig.Models.Effectors.Flight;
using Oberig.Models.Effectors.Guidance;
using Oberig.Models.Effectors.Tables;
using MissileFlight = Oberig.Models.Effectors.Flight.InterceptorFlight;

namespace Oberig.Engine.Engagement;

/// <summary>
/// One missile of a salvo flown by the 3-DOF model inside the engine, one engine step at a time, in an ENU frame at
/// its launcher: it leaves towards the planned intercept point (lofted as the fly-out table flew there), is guided
/// on the real fire-control track in midcourse and on its seeker after lock, against the threat's true motion
/// (cubic Hermite between the Move phase's snapshots). It ends at its closest approach to the threat (the caller draws
/// the kill from the warhead's kill function at that miss), or misses: out of energy, into the ground, out of time,
/// or because the threat is no longer flying (killed by another round, or already landed).
/// </summary>
internal sealed class FlownMissile
{
    private readonly LocalFrame _frame;
    private readonly SimTime _launch;
    private readonly int _threat;
    private readonly MissileKind _kind;
    private readonly HermiteSegmentTarget _target;
    private readonly TrackUplink _uplink;
    private readonly MissileFlight _flight;

    public FlownMissile(SimulationWorld world, WorldFireUnit unit, Ecef plannedIntercept, int trackId, int threat,
        MissileKind kind, RandomStream random, SimTime now)
    {
        _frame = new LocalFrame(unit.Site.WithHeight(0));
        _launch = now;
        _threat = threat;
        _kind = kind;
        var (position, velocity) = ThreatState(world);
        _target = new HermiteSegmentTarget(0, position, velocity);
        _uplink = new TrackUplink(_frame, now, trackId);
        _uplink.Refresh(world);

        // The launcher's own sphere (its latitude's Gaussian radius): exact ECEF positions in this frame then sit at
        // their true heights above it, so a low cruise missile far out is above the ground, not below the plane.
        var flight = kind.Flight.AtLatitude(unit.Site.LatitudeDeg);
        var point = ToVec(_frame.ToEnu(plannedIntercept));
        double loft = kind.Table.LoftNear(flight.Earth.GroundRangeM(point), flight.Earth.HeightAbove(point));
        var options = FlyoutTableOptions.Default;
        var guidance = new GuidanceComputer(kind.Guidance with { Midcourse = FlyoutTable.Midcourse(kind.Homing, loft, options) },
            random, _uplink);
        _flight = new MissileFlight(kind.Airframe, new Vec3(0, 0, Math.Max(0, unit.Site.HeightM)),
            FlyoutTable.LaunchDirection(point, loft, options), guidance, _target, flight);
    }

    /// <summary>The threat the missile flies at (index in the world's threats).</summary>
    public int Threat => _threat;

    /// <summary>How the flight ended; null while it flies.</summary>
    public FlyoutResult? Result => _flight.Result;

    /// <summary>True once the missile has stopped for a reason outside its own flight (the threat is gone).</summary>
    public bool TargetGone { get; private set; }

    public bool Ended => TargetGone || _flight.Result is not null;

    /// <summary>The warhead's kill probability at the closest approach; 0 for any other end.</summary>
    public double KillProbability => _flight.Result is { ReachedTarget: true } r && !TargetGone ? _kind.Kill.KillProbability(r.MissM) : 0;

    /// <summary>Flies to the end of the engine step at <paramref name="now"/>; false once the missile has ended.</summary>
    public bool Advance(SimulationWorld world, SimTime now)
    {
        if (Ended) return false;
        if (world.Snapshot[_threat].Status != ThreatStatus.Flying)
        {
            TargetGone = true;
            return false;
        }
        double t = (now - _launch).Seconds;
        if (t <= _target.EndS) return true;
        var (position, velocity) = ThreatState(world);
        _target.MoveTo(t, position, velocity);
        _uplink.Refresh(world);
        return _flight.AdvanceTo(t);
    }

    /// <summary>A point of the missile's frame on the earth.</summary>
    public Geodetic Geodetic(Vec3 position) => _frame.ToGeodetic(new Enu(position.X, position.Y, position.Z));

    private (Vec3 Position, Vec3 Velocity) ThreatState(SimulationWorld world)
    {
        var k = world.Snapshot[_threat].Kinematics;
        return (ToVec(_frame.ToEnu(k.Position)), ToVec(_frame.RotateToEnu(k.VelocityEcef)));
    }

    private static Vec3 ToVec(Enu e) => new(e.East, e.North, e.Up);
}
