using Oberig.Core.Random;
using Oberig.Engine.Events;
using Oberig.Engine.Phases;
using Oberig.Engine.World;
using Oberig.Scenario.Catalog;

namespace Oberig.Engine.Engagement;

/// <summary>
/// Engage: flies every missile the battle manager fired and resolves gun bursts. A missile type with fly-out data in
/// the catalog is flown by the 3-DOF model (<see cref="FlownMissile"/>), each round of a salvo on its own, guided on
/// the real fire-control track and then its seeker against the threat's true motion; at its closest approach it kills
/// with the warhead's kill function at the miss distance. So interceptors miss for the reasons they do: a poor or
/// lost track, a seeker that never locks, a manoeuvring target, a target beyond the missile's energy.
/// </summary>
/// <remarks>
/// <para>Gun bursts, missile types without fly-out data, and salvos fired at a track with no threat within
/// <see cref="MissileAcquisitionRadiusM"/> of it (a false track) are resolved at the planned intercept time with the
/// planned single-shot Pk per shot, when a threat is within the acquisition radius (missiles 1,500 m, gun bursts
/// 150 m; notional) of where the track says the target is: a gun burst's Pk already holds its dispersion.</para>
/// <para>The missile's target is the threat nearest its track at launch (the seeker does not choose among several
/// threats in its field of view yet). Kill draws come from the replication's stream <c>engage</c> in launch order;
/// each missile's guidance noise from its own stream <c>missile:N</c>, N counting the missiles fired in the
/// replication, so results do not depend on threads.</para>
/// </remarks>
public sealed class InterceptorEngagement(SimulationWorld world) : IEngagement
{
    public const double MissileAcquisitionRadiusM = 1500;
    public const double GunAcquisitionRadiusM = 150;

    private readonly RandomStream _random = RandomStreams.For(world.Seed, world.Replication, "engage");
    /// <summary>The missiles of each flown salvo; salvos resolved statistically are absent.</summary>
    private readonly Dictionary<InterceptorFlight, FlownMissile[]> _flown = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<InterceptorFlight> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<InterceptorType, MissileKind?> _kinds = new(ReferenceEqualityComparer.Instance);
    private readonly List<InterceptorFlight> _done = [];
    private int _missilesFired;

    public void Engage(StepContext context)
    {
        var flights = world.InterceptorsInFlight;
        if (flights.Count == 0) return;
        _done.Clear();
        foreach (var salvo in flights)
        {
            if (_seen.Add(salvo)) Launch(context, salvo);
            bool finished = _flown.TryGetValue(salvo, out var missiles)
                ? Fly(context, salvo, missiles)
                : salvo.InterceptTime <= context.Now && ResolvePlanned(context, salvo);
            if (finished) _done.Add(salvo);
        }
        if (_done.Count == 0) return;
        foreach (var salvo in _done)
        {
            flights.Remove(salvo);
            _flown.Remove(salvo);
            _seen.Remove(salvo);
        }
    }

    /// <summary>Gives a fresh salvo its flown missiles when it can be flown; otherwise it stays with the planned Pk.</summary>
    private void Launch(StepContext context, InterceptorFlight salvo)
    {
        var unit = world.FireUnits[salvo.FireUnit];
        var type = unit.Unit.Interceptor;
        if (!_kinds.TryGetValue(type, out var kind)) _kinds[type] = kind = MissileKind.TryCreate(type, context.StepLength.Seconds);
        if (kind is null || world.AirPicture?.Find(salvo.TrackId) is not { } track) return;
        int threat = world.NearestFlyingThreat(track.Position, MissileAcquisitionRadiusM);
        if (threat < 0) return;
        var missiles = new FlownMissile[salvo.Shots];
        for (int i = 0; i < missiles.Length; i++)
        {
            var random = RandomStreams.For(world.Seed, world.Replication, $"missile:{_missilesFired++}");
            missiles[i] = new FlownMissile(world, unit, salvo.InterceptPoint, salvo.TrackId, threat, kind, random, context.Now);
        }
        _flown[salvo] = missiles;
    }

    /// <summary>Flies the salvo's missiles through this step; true once every one has ended.</summary>
    private bool Fly(StepContext context, InterceptorFlight salvo, FlownMissile[] missiles)
    {
        int target = -1;
        bool killed = false, flying = false;
        foreach (var missile in missiles)
        {
            if (missile.Ended) continue;
            if (missile.Advance(world, context.Now)) { flying = true; continue; }
            if (missile.Result is { } end)
                context.Events.Publish(new SimEvent(context.Now, SimEventKind.MissileEnd, missile.Threat, salvo.FireUnit,
                    missile.Geodetic(end.Position), end.MissM));
            if (missile.Result is { ReachedTarget: true } && !missile.TargetGone)
            {
                // One draw per closest approach, whatever its Pk, so every later draw keeps its place.
                double u = _random.NextDouble();
                target = missile.Threat;
                if (u < missile.KillProbability && world.Snapshot[target].Status == ThreatStatus.Flying)
                {
                    Destroy(world, target);
                    killed = true;
                }
            }
        }
        if (flying && !killed) return false;
        if (killed)
        {
            // The rest of the salvo has nothing left to fly at.
            Publish(context, salvo, SimEventKind.Intercept, target);
            return true;
        }
        Publish(context, salvo, SimEventKind.Miss, missiles[0].Threat);
        return true;
    }

    /// <summary>The interim resolution at the planned intercept: the planned Pk against whatever the track leads to.</summary>
    private bool ResolvePlanned(StepContext context, InterceptorFlight flight)
    {
        var unit = world.FireUnits[flight.FireUnit];
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
            Publish(context, flight, SimEventKind.Intercept, target);
        }
        else Publish(context, flight, SimEventKind.Miss, target >= 0 ? target : flight.Threat);
        return true;
    }

    private void Publish(StepContext context, InterceptorFlight salvo, SimEventKind kind, int threat)
    {
        var unit = world.FireUnits[salvo.FireUnit];
        unit.BusyChannels--;
        var where = threat >= 0 ? world.Snapshot[threat].Kinematics.Geodetic : unit.Site;
        context.Events.Publish(new SimEvent(context.Now, kind, threat, unit.Index, where, salvo.Shots));
    }

    private static void Destroy(SimulationWorld world, int index)
    {
        var threat = world.Threats[index];
        threat.Status = ThreatStatus.Destroyed;
        world.Airborne--;
        world.Snapshot[index] = world.Snapshot[index] with { Status = ThreatStatus.Destroyed };
    }
}
