using Oberig.Core.Geodesy;
using Oberig.Core.Random;
using Oberig.Engine.Events;
using Oberig.Engine.Phases;
using Oberig.Engine.World;
using Oberig.Scenario.Catalog;

namespace Oberig.Engine.Engagement;

/// <summary>
/// Engage: resolves each interceptor (or gun burst) when it reaches its planned intercept time. An interim model
/// until the 3-DOF fly-outs of issue 5: the interceptor flies the planner's constant-speed fly-out, guided on the
/// track it was fired at. At the intercept it kills with the planner's single-shot Pk per shot (shots independent)
/// when a threat is within its acquisition radius of where the track says the target is; it misses when the track
/// is gone (guidance lost), when no threat is there (a false or wandering track) and when the threat already hit
/// the ground.
/// </summary>
/// <remarks>
/// Acquisition radii (notional): a missile's active seeker finds a target within 1,500 m of the commanded point; a gun
/// burst, aimed by its fire-control radar without homing, must find the target within 150 m of it (its Pk per burst
/// already holds the burst's dispersion). Draws come from the replication's stream <c>engage</c>, one per intercept
/// in launch order, so results do not depend on threads.
/// </remarks>
public sealed class InterceptorEngagement(SimulationWorld world) : IEngagement
{
    public const double MissileAcquisitionRadiusM = 1500;
    public const double GunAcquisitionRadiusM = 150;

    private readonly RandomStream _random = RandomStreams.For(world.Seed, world.Replication, "engage");
    private readonly List<InterceptorFlight> _due = [];

    public void Engage(StepContext context)
    {
        var world = context.World;
        var flights = world.InterceptorsInFlight;
        if (flights.Count == 0) return;
        _due.Clear();
        for (int i = 0; i < flights.Count; i++) if (flights[i].InterceptTime <= context.Now) _due.Add(flights[i]);
        if (_due.Count == 0) return;
        flights.RemoveAll(f => f.InterceptTime <= context.Now);
        foreach (var flight in _due) Resolve(context, flight);
    }

    private void Resolve(StepContext context, InterceptorFlight flight)
    {
        var world = context.World;
        var unit = world.FireUnits[flight.FireUnit];
        unit.BusyChannels--;
        double radius = unit.Unit.Interceptor.Kind == InterceptorKind.GunRound ? GunAcquisitionRadiusM : MissileAcquisitionRadiusM;
        int target = -1;
        if (world.AirPicture?.Find(flight.TrackId) is { } track)
        {
            var aim = track.Position + track.Velocity * (context.Now - track.Time).Seconds;
            target = world.NearestFlyingThreat(aim, radius);
        }
        // One draw per intercept whatever happens, so a miss here does not shift every later draw.
        double u = _random.NextDouble();
        double kill = 1 - Math.Pow(1 - flight.SingleShotPk, flight.Shots);
        if (target >= 0 && u < kill)
        {
            Destroy(world, target);
            context.Events.Publish(new SimEvent(context.Now, SimEventKind.Intercept, target, unit.Index,
                world.Snapshot[target].Kinematics.Geodetic, flight.Shots));
            return;
        }
        context.Events.Publish(new SimEvent(context.Now, SimEventKind.Miss, target >= 0 ? target : flight.Threat, unit.Index,
            target >= 0 ? world.Snapshot[target].Kinematics.Geodetic : unit.Site, flight.Shots));
    }


    private static void Destroy(SimulationWorld world, int index)
    {
        var threat = world.Threats[index];
        threat.Status = ThreatStatus.Destroyed;
        world.Airborne--;
        world.Snapshot[index] = world.Snapshot[index] with { Status = ThreatStatus.Destroyed };
    }
}
