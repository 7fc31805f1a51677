using Oberig.BattleManagement.Assignment;
using Oberig.BattleManagement.Assignment.Solvers;
using Oberig.BattleManagement.Doctrine;
using Oberig.BattleManagement.Evaluation;
using Oberig.BattleManagement.Feasibility;
using Oberig.BattleManagement.Planning;
using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Engine.Events;
using Oberig.Engine.Phases;
using Oberig.Engine.World;
using Oberig.Scenario.Catalog;
using Oberig.Tracking.Classification;

namespace Oberig.Engine.Decision;

/// <summary>
/// Decide: every decision cycle, the battle manager reads the recognised air picture (never the truth), hands it with
/// the defended assets and the fire units' states to the <see cref="EngagementPlanner"/> (threat evaluation,
/// engagement feasibility, layered weapon-target assignment under the doctrine), and fires the orders: rounds leave
/// the launchers, a fire channel is held until the intercept, and the interceptors join
/// <see cref="SimulationWorld.InterceptorsInFlight"/> for the Engage phase.
/// </summary>
/// <remarks>
/// <para>The planner works in its own ENU frame at the centroid of the fire units (the battle frame), so heights read
/// as heights across the defended area; the common frame at the scenario area's centre would put Kyiv's ground 9 km
/// below its origin.</para>
/// <para>A track counts as fire-control quality while a fire-control radar holds it (detected it within
/// <see cref="Tracking.RadarTracking.HoldScans"/> of its scans). A unit may fire on a track another unit's radar holds
/// when its catalog system says <c>engage_on_remote</c>; otherwise it needs its own radar's track. Asset values are in euros when every asset states <c>value_eur</c>; otherwise interceptor prices are not
/// weighed (cost weight 0) and the relative values stand in.</para>
/// </remarks>
public sealed class BattleManager : IBattleManagement
{
    /// <summary>Seconds between decision cycles unless the scenario says otherwise.</summary>
    public const double DefaultDecisionPeriodS = 2;

    /// <summary>Seconds between this battle manager's decision cycles.</summary>
    public double DecisionPeriodS { get; }

    private readonly EngagementPlanner _planner;
    private readonly LocalFrame _battleFrame;
    private readonly List<DefendedAsset> _assets;
    private readonly List<PictureTrack> _picture = [];
    private readonly Vec3[] _unitPositions;
    private readonly double[] _maxRangeM;
    private readonly string[] _radarIds;
    private readonly bool[] _fireControl;
    private SimTime _nextCycle = SimTime.Start;

    /// <summary>The battle manager the scenario's <c>battle_management</c> section describes (engine defaults where it
    /// is silent); <paramref name="doctrine"/> and <paramref name="solver"/>, when given, take precedence.</summary>
    public BattleManager(SimulationWorld world, EngagementDoctrine? doctrine = null, string? solver = null)
    {
        var scenario = world.Scenario;
        var settings = scenario.BattleManagement;
        solver ??= settings?.Solver ?? WtaSolvers.Default;
        DecisionPeriodS = settings?.DecisionPeriodS ?? DefaultDecisionPeriodS;
        _battleFrame = new LocalFrame(Centroid(scenario.FireUnits.Select(u => u.Site).DefaultIfEmpty(world.Frame.Origin)));
        bool euros = scenario.Assets.Count > 0 && scenario.Assets.All(a => a.ValueEur is not null);
        _assets = [.. scenario.Assets.Select(a => new DefendedAsset(a.Id, _battleFrame.ToEnu(a.Position).AsVector, a.RadiusM, a.ValueEur ?? a.Value))];
        _unitPositions = [.. world.FireUnits.Select(u => _battleFrame.ToEnu(u.Site).AsVector)];
        _maxRangeM = [.. world.FireUnits.Select(u => u.Unit.Interceptor.MaxRangeM)];
        _radarIds = [.. world.Sensors.Select(s => s.Id)];
        _fireControl = [.. world.Sensors.Select(s => s.FireUnit >= 0)];
        var rules = doctrine ?? ScenarioDoctrine.Apply(EngineDoctrine, settings?.Doctrine);
        if (!euros) rules = rules with { CostWeight = 0 };
        Doctrine = rules;
        // The battle frame's origin is on the ellipsoid: its sphere is that latitude's Gaussian one.
        var earth = LocalSphere.AtLatitude(_battleFrame.Origin.LatitudeDeg);
        _planner = new EngagementPlanner(new ThreatEvaluator(),
            new EngagementFeasibility(new TableFlyout(new GunFlyout(new ConstantSpeedFlyout()), frameEarth: earth),
                new GunAwareKillProbability(new FlownKillProbability(CatalogKillProbability.Instance, frameEarth: earth)),
                FeasibilityOptions.Default with { FrameEarth = earth }),
            WtaSolvers.ByName(solver) ?? throw new ArgumentException($"unknown WTA solver '{solver}'", nameof(solver)), rules);
    }

    public EngagementDoctrine Doctrine { get; }

    /// <summary>
    /// The engine's doctrine: <see cref="EngagementDoctrine.Default"/> (shoot-look-shoot, layers, cost weight 1), with
    /// long-range batteries keeping half their ready missiles (16 of a SAMP/T's 32) for threats worth at least EUR 20 M
    /// of expected damage — in the demo's values, ballistic and cruise missiles, not drones (EUR 16 M at most) — so a
    /// night of drones does not leave nothing for the missiles that follow. A scenario option is future work.
    /// </summary>
    public static EngagementDoctrine EngineDoctrine { get; } = EngagementDoctrine.Default with
    {
        ReserveShotsByKind = new Dictionary<SystemKind, int> { [SystemKind.LongRangeSam] = 16 },
        ReserveValueThresholdEur = 20_000_000,
    };

    /// <summary>The latest cycle's plan (for tests and diagnostics); null before the first.</summary>
    public EngagementPlan? LastPlan { get; private set; }

    public void Decide(StepContext context)
    {
        var world = context.World;
        if (context.Now < _nextCycle || world.AirPicture is null) return;
        _nextCycle = context.Now + SimDuration.FromSeconds(DecisionPeriodS);
        world.AirPicture.Read(_picture);
        if (_picture.Count == 0) return;

        var tracks = new List<AirTrack>();
        foreach (var t in _picture)
        {
            var track = ToAirTrack(world, t);
            if (SoonInReach(track)) tracks.Add(track);
        }
        if (tracks.Count == 0) return;
        var units = world.FireUnits.Select(u => UnitState(world, u)).ToList();
        var plan = _planner.Plan(context.Now, tracks, _assets, units);
        LastPlan = plan;
        foreach (var order in plan.Orders)
        {
            if (order.LaunchTime > context.Now) continue; // shoot-shoot's second salvo: planned again next cycle
            Fire(context, world.FireUnits.First(u => u.Id == order.UnitId), order);
        }
    }

    private void Fire(StepContext context, WorldFireUnit unit, EngagementOrder order)
    {
        var world = context.World;
        if (unit.ReadyRounds < order.Rounds) return;
        unit.ReadyRounds -= order.Rounds;
        unit.BusyChannels++;
        var picture = _picture.First(t => t.Id == order.TrackId);
        // For reports only (the decision never reads it): the threat the track was on, within 5 km.
        int threat = world.NearestFlyingThreat(picture.Position, 5000);
        var interceptPoint = _battleFrame.ToEcef(Enu.FromVector(order.InterceptPoint));
        world.InterceptorsInFlight.Add(new InterceptorFlight(unit.Index, order.TrackId, threat, order.Shots, order.Rounds,
            context.Now, order.InterceptTime, interceptPoint, order.SingleShotPk));
        context.Events.Publish(new SimEvent(context.Now, SimEventKind.Fire, threat, unit.Index, unit.Site, order.Rounds));
    }

    /// <summary>Tracks further than this many seconds of their own flight outside every unit's reach are left for a
    /// later cycle: nothing can engage them yet, and planning them every cycle costs time and memory.</summary>
    public const double LookaheadS = 120;

    private bool SoonInReach(AirTrack track)
    {
        double travel = track.Velocity.Norm * LookaheadS;
        for (int u = 0; u < _unitPositions.Length; u++)
        {
            double reach = _maxRangeM[u] + travel;
            if ((track.Position - _unitPositions[u]).NormSquared <= reach * reach) return true;
        }
        return false;
    }

    private FireUnitState UnitState(SimulationWorld world, WorldFireUnit unit)
    {
        var inFlight = world.InterceptorsInFlight.Where(f => f.FireUnit == unit.Index)
            .Select(f => new EngagementInFlight(f.TrackId, f.Shots, f.InterceptTime)).ToList();
        return new FireUnitState(unit.Id, _unitPositions[unit.Index], unit.Unit.System, unit.Unit.Interceptor,
            _radarIds[unit.RadarSensor], unit.ReadyRounds, unit.BusyChannels)
        {
            InFlight = inFlight,
            MayFireOnRemoteTrack = unit.Unit.System.EngageOnRemote,
        };
    }

    private AirTrack ToAirTrack(SimulationWorld world, PictureTrack t)
    {
        // Re-express the track in the battle frame: a rigid motion, so the velocity is the difference of two points.
        var position = _battleFrame.ToEnu(world.Frame.ToEcef(new Enu(t.Position.X, t.Position.Y, t.Position.Z)));
        var ahead = _battleFrame.ToEnu(world.Frame.ToEcef(new Enu(t.Position.X + t.Velocity.X, t.Position.Y + t.Velocity.Y, t.Position.Z + t.Velocity.Z)));
        var (threatClass, confidence) = Class(t.Classification);
        var heldBy = t.HeldBy.Select(s => _radarIds[s]).ToList();
        string? fireControlRadar = t.HeldBy.Where(s => _fireControl[s]).Select(s => _radarIds[s]).FirstOrDefault();
        return new AirTrack(t.Id, t.Time, position.AsVector,
            new Vec3(ahead.East - position.East, ahead.North - position.North, ahead.Up - position.Up),
            Math.Sqrt(t.PositionVarianceM2 / 3), threatClass, confidence, fireControlRadar is not null, fireControlRadar)
        {
            HeldBy = heldBy,
        };
    }

    /// <summary>The classifier's label and confidence; unclassified tracks are <see cref="ThreatClass.Unknown"/>,
    /// taken as hostile (every confirmed track in an air-defence scenario without friendly traffic).</summary>
    private static (ThreatClass, double) Class(TrackClassification? classification) => classification switch
    {
        null => (ThreatClass.Unknown, 1),
        { } c => (c.MostLikely switch
        {
            TrackClass.Drone => ThreatClass.Drone,
            TrackClass.CruiseMissile => ThreatClass.Cruise,
            TrackClass.BallisticMissile => ThreatClass.Ballistic,
            _ => ThreatClass.Aircraft,
        }, c.Confidence),
    };

    private static Geodetic Centroid(IEnumerable<Geodetic> points)
    {
        var list = points.ToList();
        return new Geodetic(list.Average(p => p.LatitudeDeg), list.Average(p => p.LongitudeDeg), 0);
    }
}
