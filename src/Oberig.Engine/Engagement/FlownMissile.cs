using Oberig.Core.Numerics;
using Oberig.Core.Random;
using Oberig.Models.Effectors.Engagement;
using Oberig.Models.Effectors.Flight;
using Oberig.Models.Effectors.Guidance;
using MissileFlight = Oberig.Models.Effectors.Flight.InterceptorFlight;

namespace Oberig.Engine.Engagement;

/// <summary>
/// One missile of a <see cref="FlownSalvo"/>, flown by the 3-DOF model one engine step at a time in the salvo's frame:
/// it leaves towards the planned intercept point (lofted as the fly-out table flew there) and is guided on the
/// uplinked fire-control track in midcourse and on its seeker after lock, against the threat's true motion
/// (<see cref="MissileModel.Launch"/>). It ends at its closest approach (the caller draws the kill from the warhead's
/// kill function at that miss), or misses: out of energy, into the ground, out of time, or stopped by the caller
/// because its threat is no longer flying.
/// </summary>
internal sealed class FlownMissile
{
    private readonly MissileModel _model;
    private readonly MissileFlight _flight;
    private bool _stopped;

    /// <param name="launcherLatitudeDeg">Chooses the sphere the missile flies over (that latitude's Gaussian radius):
    /// exact ECEF positions in the launcher's frame then sit at their true heights above it, so a low cruise missile
    /// far out is above the ground, not below the tangent plane.</param>
    public FlownMissile(MissileModel model, double launcherLatitudeDeg, Vec3 launch, Vec3 interceptPoint,
        ITargetMotion target, IUplinkTrack uplink, RandomStream random)
    {
        _model = model;
        _flight = model.Launch(model.Flight.AtLatitude(launcherLatitudeDeg), model.Guidance, launch, interceptPoint, target, random, uplink);
    }

    /// <summary>How the flight ended; null while it flies or when it was stopped.</summary>
    public FlyoutResult? Result => _flight.Result;

    public bool Ended => _stopped || _flight.Result is not null;

    /// <summary>The kill probability at the closest approach (the warhead's kill function, times the missile's
    /// reliability); 0 for any other end.</summary>
    public double KillProbability => _flight.Result is { ReachedTarget: true } r ? _model.Kill.KillProbability(r.MissM) : 0;

    /// <summary>Flies to <paramref name="timeS"/> after launch; false once the flight has ended.</summary>
    public bool AdvanceTo(double timeS) => _flight.AdvanceTo(timeS);

    /// <summary>Ends the flight with no closest approach: there is nothing left to fly at.</summary>
    public void Stop() => _stopped = true;
}
