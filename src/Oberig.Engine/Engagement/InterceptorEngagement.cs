using Oberig.Core.Random;
using Oberig.Engine.Events;
using Oberig.Engine.Phases;
using Oberig.Engine.World;
using Oberig.Models.Effectors.Engagement;
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
    /// <summary>Every salvo in flight: its flown missiles, or null when it is resolved with the planned Pk.</summary>
    private readonly Dictionary<InterceptorFlight, FlownSalvo?> _salvos = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<InterceptorType, MissileModel?> _kinds = new(ReferenceEqualityComparer.Instance);
    private readonly List<InterceptorFlight> _done = [];
    private int _missilesFired;

    public void Engage(StepContext context)
    {
        var flights = world.InterceptorsInFlight;
        if (flights.Count == 0) return;
        _done.Clear();
        foreach (var salvo in flights)
        {
            if (!_salvos.TryGetValue(salvo, out var flown)) _salvos[salvo] = flown = Launch(context, salvo);
            bool finished = flown is not null
                ? Fly(context, salvo, flown)
                : salvo.InterceptTime <= context.Now && ResolvePlanned(context, salvo);
            if (finished) _done.Add(salvo);
        }
        foreach (var salvo in _done)
        {
            flights.Remove(salvo);
            _salvos.Remove(salvo);
        }
    }

    /// <summary>The flown missiles of a fresh salvo when it can be flown; null leaves it to the planned Pk.</summary>
    private FlownSalvo? Launch(StepContext context, InterceptorFlight salvo)
    {
        var unit = world.FireUnits[salvo.FireUnit];
        var type = unit.Unit.Interceptor;
        if (!_kinds.TryGetValue(type, out var kind)) _kinds[type] = kind = MissileModel.TryCreate(type, context.StepLength.Seconds);
        if (kind is null || world.AirPicture?.Find(salvo.TrackId) is not { } track) return null;
        int threat = world.NearestFlyingThreat(track.Position, MissileAcquisitionRadiusM);
        if (threat < 0) return null;
        return new FlownSalvo(world, unit, salvo, threat, kind,
            () => RandomStreams.For(world.Seed, world.Replication, $"missile:{_missilesFired++}"), context.Now);
    }

    /// <summary>Flies the salvo's missiles through this step; true once every one has ended or one has killed.</summary>
    private bool Fly(StepContext context, InterceptorFlight salvo, FlownSalvo flown)
    {
        double t = flown.MoveTo(world, context.Now);
        bool killed = false, flying = false;
        foreach (var missile in flown.Missiles)
        {
            if (missile.Ended) continue;
            // Checked per missile: a salvo-mate may have killed the threat earlier in this loop.
            if (world.Snapshot[flown.Threat].Status != ThreatStatus.Flying) { missile.Stop(); continue; }
            if (missile.AdvanceTo(t)) { flying = true; continue; }
            var end = missile.Result!.Value;
            context.Events.Publish(new SimEvent(context.Now, SimEventKind.MissileEnd, flown.Threat, salvo.FireUnit,
                flown.Geodetic(end.Position), end.MissM));
            if (!end.ReachedTarget) continue;
            // One draw per closest approach, whatever its Pk, so every later draw keeps its place.
            if (_random.NextDouble() < missile.KillProbability)
            {
                Destroy(world, flown.Threat);
                killed = true;
            }
        }
        if (killed) Publish(context, salvo, SimEventKind.Intercept, flown.Threat); // the rest has nothing left to fly at
        else if (!flying) Publish(context, salvo, SimEventKind.Miss, flown.Threat);
        return killed || !flying;
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
