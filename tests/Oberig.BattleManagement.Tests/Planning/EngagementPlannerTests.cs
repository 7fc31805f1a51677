using Oberig.BattleManagement.Doctrine;
using Oberig.BattleManagement.Evaluation;
using Oberig.BattleManagement.Feasibility;
using Oberig.BattleManagement.Planning;
using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Scenario.Catalog;

namespace Oberig.BattleManagement.Tests.Planning;

public sealed class EngagementPlannerTests
{
    private static readonly SimTime Now = SimTime.FromSeconds(10);

    /// <summary>An asset at the origin; units sit on it. Drone value = value x 0.02, cruise x 0.08, ballistic x 0.1.</summary>
    private static DefendedAsset City(double valueEur) => new("city", Vec3.Zero, 2000, valueEur);

    private static AirTrack Drone(int id, double east = 3000) =>
        TestCatalog.Track(id, new Vec3(east, 0, 300), new Vec3(-50, 0, 0), ThreatClass.Drone, Now);

    private static AirTrack Cruise(int id, double north = 15_000) =>
        TestCatalog.Track(id, new Vec3(0, north, 100), new Vec3(0, -220, 0), ThreatClass.Cruise, Now);

    /// <summary>A ballistic track 17.8 km out and 40 km up, falling steeply onto the origin (its arc lands about
    /// 30 m away): in the long-range SAM's envelope, out of the short-range SAM's and the gun's.</summary>
    private static AirTrack Ballistic(int id) =>
        TestCatalog.Track(id, new Vec3(17_800, 0, 40_000), new Vec3(-600, 0, -1200), ThreatClass.Ballistic, Now);

    /// <summary>A long-range battery 10 km west of the origin: clear of its minimum range against the drones.</summary>
    private static FireUnitState SampWest(int rounds = 8) => TestCatalog.Samp(position: new Vec3(-10_000, 0, 0), rounds: rounds);

    private static (EngagementPlan Plan, GreedyTestSolver Solver) Plan(EngagementDoctrine doctrine, IReadOnlyList<AirTrack> tracks,
        IReadOnlyList<DefendedAsset> assets, params FireUnitState[] units)
    {
        Assert.Empty(doctrine.Problems());
        var solver = new GreedyTestSolver();
        var planner = new EngagementPlanner(new ThreatEvaluator(), new EngagementFeasibility(), solver, doctrine);
        return (planner.Plan(Now, tracks, assets, units), solver);
    }

    private static int ShotsAt(EngagementPlan plan, int trackId) => plan.Orders.Where(o => o.TrackId == trackId).Sum(o => o.Shots);

    [Fact]
    public void An_empty_or_infeasible_picture_gives_no_orders_and_no_error()
    {
        var city = City(1e9);
        Assert.Empty(Plan(EngagementDoctrine.Default, [], [city], TestCatalog.Samp()).Plan.Orders);
        Assert.Empty(Plan(EngagementDoctrine.Default, [Drone(1)], [city]).Plan.Orders);
        Assert.Empty(Plan(EngagementDoctrine.Default, [Drone(1)], [], TestCatalog.Samp()).Plan.Orders); // threatens nothing
        var (plan, solver) = Plan(EngagementDoctrine.Default, [Drone(1, east: 300_000)], [city], TestCatalog.Samp(), TestCatalog.Gepard());
        Assert.Empty(plan.Orders);
        Assert.Equal(0, solver.Calls); // nothing feasible: no instance is built
        Assert.All(plan.Options, o => Assert.False(o.Feasible));
        Assert.Contains(plan.Options, o => o.Verdict == EngagementVerdict.BeyondMaxRange);
    }

    [Fact]
    public void A_drone_goes_to_the_gun_and_a_ballistic_missile_to_the_long_range_sam()
    {
        var (plan, _) = Plan(EngagementDoctrine.Default, [Drone(1), Ballistic(2)], [City(1e9)],
            SampWest(), TestCatalog.VlMica(), TestCatalog.Gepard());
        Assert.True(plan.Options.Single(o => o.UnitId == "samp" && o.TrackId == 1).Feasible);
        var drone = Assert.Single(plan.Orders, o => o.TrackId == 1);
        Assert.Equal("gepard", drone.UnitId);
        Assert.Equal(1, drone.Shots);
        Assert.Equal(40, drone.Rounds); // one burst
        Assert.All(plan.Orders.Where(o => o.TrackId == 2), o => Assert.Equal("samp", o.UnitId));
        Assert.Equal(2, ShotsAt(plan, 2)); // ballistic salvo
    }

    [Fact]
    public void A_cheap_drone_is_not_worth_a_2_M_missile_but_is_worth_a_gun_burst()
    {
        // Drone value 1e8 x 0.02 = EUR 2 M; the Aster kills 0.9 of it (1.8 M) for EUR 2 M: not worth it.
        // Even with the long-range SAM as the first layer, the cost weight sends the drone to the gun.
        var samFirst = EngagementDoctrine.Default with { Layers = EngagementDoctrine.Default.Layers with { Drone = [SystemKind.LongRangeSam, SystemKind.Gun] } };
        var (withGun, _) = Plan(samFirst, [Drone(1)], [City(1e8)], SampWest(), TestCatalog.Gepard());
        Assert.True(withGun.Options.Single(o => o.UnitId == "samp").Feasible);
        Assert.Equal("gepard", Assert.Single(withGun.Orders).UnitId);

        Assert.Empty(Plan(EngagementDoctrine.Default, [Drone(1)], [City(1e8)], SampWest()).Plan.Orders);
        // A cost weight of 0 ignores price: then the missile fires.
        Assert.Equal("samp", Assert.Single(Plan(EngagementDoctrine.Default with { CostWeight = 0 }, [Drone(1)], [City(1e8)], SampWest()).Plan.Orders).UnitId);
    }

    [Fact]
    public void Reserve_rounds_are_kept_for_high_value_threats()
    {
        // Three Asters, two kept for threats worth at least EUR 10 M. Cruise missiles on a EUR 100 M site are worth
        // EUR 8 M each (worth a EUR 2 M shot, under the threshold); one on a EUR 1 bn site is worth EUR 80 M.
        var doctrine = EngagementDoctrine.Default with { ReserveShots = 2 };
        var small = new DefendedAsset("depot", new Vec3(0, 0, 0), 500, 1e8);
        var (lowOnly, _) = Plan(doctrine, [Cruise(1), Cruise(2, north: 16_000)], [small], TestCatalog.Samp(rounds: 3));
        Assert.Equal(1, lowOnly.Orders.Sum(o => o.Shots));

        var big = new DefendedAsset("plant", new Vec3(0, 40_000, 0), 500, 1e9);
        var highTrack = TestCatalog.Track(3, new Vec3(0, 55_000, 100), new Vec3(0, -220, 0), ThreatClass.Cruise, Now);
        var (mixed, _) = Plan(doctrine, [Cruise(1), Cruise(2, north: 16_000), highTrack], [small, big], TestCatalog.Samp(rounds: 3, position: new Vec3(0, 20_000, 0)));
        Assert.Equal(2, ShotsAt(mixed, 3));
        Assert.True(ShotsAt(mixed, 1) + ShotsAt(mixed, 2) <= 1); // the reserve never goes to the cheap ones

        // With only the reserve left, the high-value threat still gets its salvo.
        var (reserveOnly, _) = Plan(doctrine, [highTrack], [big], TestCatalog.Samp(rounds: 2, position: new Vec3(0, 20_000, 0)));
        Assert.Equal(2, ShotsAt(reserveOnly, 3));
    }

    [Fact]
    public void A_reserve_by_system_kind_replaces_the_common_one_for_that_kind()
    {
        // The same low-value picture as above: a long-range battery told to keep 2 of 3 fires 1; with the common
        // reserve of 2 but 0 for long-range batteries, it fires as if there were no reserve.
        var small = new DefendedAsset("depot", new Vec3(0, 0, 0), 500, 1e8);
        var kept = EngagementDoctrine.Default with { ReserveShotsByKind = new Dictionary<SystemKind, int> { [SystemKind.LongRangeSam] = 2 } };
        Assert.Equal(1, Plan(kept, [Cruise(1), Cruise(2, north: 16_000)], [small], TestCatalog.Samp(rounds: 3)).Plan.Orders.Sum(o => o.Shots));
        var free = EngagementDoctrine.Default with { ReserveShots = 2, ReserveShotsByKind = new Dictionary<SystemKind, int> { [SystemKind.LongRangeSam] = 0 } };
        int unreserved = Plan(EngagementDoctrine.Default, [Cruise(1), Cruise(2, north: 16_000)], [small], TestCatalog.Samp(rounds: 3)).Plan.Orders.Sum(o => o.Shots);
        Assert.True(unreserved > 1);
        Assert.Equal(unreserved, Plan(free, [Cruise(1), Cruise(2, north: 16_000)], [small], TestCatalog.Samp(rounds: 3)).Plan.Orders.Sum(o => o.Shots));
        Assert.Equal(2, kept.ReserveFor(SystemKind.LongRangeSam));
        Assert.Equal(0, kept.ReserveFor(SystemKind.Gun));
    }

    [Fact]
    public void Salvos_are_capped_by_threat_class_and_shoot_shoot_fires_a_second_salvo_later()
    {
        var (slsPlan, _) = Plan(EngagementDoctrine.Default, [Cruise(1)], [City(1e10)], TestCatalog.Samp());
        var order = Assert.Single(slsPlan.Orders);
        Assert.Equal(2, order.Shots);
        Assert.Equal(Now, order.LaunchTime);
        Assert.Equal(1 - 0.15 * 0.15, order.KillProbability, 1e-12);

        var (ssPlan, _) = Plan(EngagementDoctrine.Default with { Firing = FiringDoctrine.ShootShoot }, [Cruise(1)], [City(1e10)], TestCatalog.Samp());
        Assert.Equal(2, ssPlan.Orders.Count);
        Assert.Equal([1, 2], ssPlan.Orders.Select(o => o.Salvo));
        Assert.Equal([2, 2], ssPlan.Orders.Select(o => o.Shots));
        Assert.Equal(Now + SimDuration.FromSeconds(2), ssPlan.Orders[1].LaunchTime);

        var (dronePlan, _) = Plan(EngagementDoctrine.Default, [Drone(1, east: 10_000)], [City(1e10)], TestCatalog.Samp());
        Assert.Equal(1, Assert.Single(dronePlan.Orders).Shots);
    }

    [Fact]
    public void A_track_with_shots_in_flight_is_not_engaged_again_under_shoot_look_shoot()
    {
        var busy = TestCatalog.Samp() with { InFlight = [new EngagementInFlight(1, 2, Now + SimDuration.FromSeconds(8))], BusyChannels = 1 };
        Assert.Empty(Plan(EngagementDoctrine.Default, [Cruise(1)], [City(1e10)], busy, TestCatalog.VlMica()).Plan.Orders);

        // Shoot-shoot allows the second salvo, from the unit already engaging.
        var (ss, _) = Plan(EngagementDoctrine.Default with { Firing = FiringDoctrine.ShootShoot }, [Cruise(1)], [City(1e10)], TestCatalog.VlMica(), busy);
        var second = Assert.Single(ss.Orders);
        Assert.Equal(("samp", 2, 2), (second.UnitId, second.Shots, second.Salvo));
    }

    [Fact]
    public void One_unit_per_track_and_one_track_per_gun_channel()
    {
        var (plan, _) = Plan(EngagementDoctrine.Default, [Cruise(1)], [City(1e10)], TestCatalog.Samp("a"), TestCatalog.Samp("b"));
        Assert.Single(plan.Orders.Select(o => o.UnitId).Distinct());
        Assert.Equal(2, ShotsAt(plan, 1));

        // One gun, one channel, two drones: the nearer (sooner, so higher priority) is taken.
        var (gun, _) = Plan(EngagementDoctrine.Default, [Drone(1, east: 3500), Drone(2, east: 2500)], [City(1e10)], TestCatalog.Gepard());
        Assert.Equal(2, Assert.Single(gun.Orders).TrackId);
    }

    /// <summary>A legal but careless solver: the greedy answer plus a shot on every zero-probability pair that has
    /// room (free when costs are 0, so an exact solver may return such shots too).</summary>
    private sealed class CarelessSolver : Oberig.BattleManagement.Assignment.IWtaSolver
    {
        public string Name => "careless";

        public Oberig.BattleManagement.Assignment.WtaSolution Solve(Oberig.BattleManagement.Assignment.WtaInstance instance,
            Oberig.BattleManagement.Assignment.WtaSolveOptions options)
        {
            var s = new GreedyTestSolver().Solve(instance, options);
            var x = (int[])s.Counts.Clone();
            for (int i = 0; i < instance.Weapons; i++)
                for (int j = 0; j < instance.Targets; j++)
                {
                    int used = Enumerable.Range(0, instance.Targets).Sum(k => x[i * instance.Targets + k]);
                    int given = Enumerable.Range(0, instance.Weapons).Sum(k => x[k * instance.Targets + j]);
                    if (instance.Probability(i, j) == 0 && used < instance.Available[i] && given < (instance.MaxPerTarget?[j] ?? int.MaxValue))
                        x[i * instance.Targets + j]++;
                }
            return s with { Counts = x };
        }
    }

    [Fact]
    public void Shots_a_solver_puts_on_impossible_pairs_are_not_orders()
    {
        // Two guns 10 km apart, each with one drone in reach: in the gun layer each gun's column for the other drone
        // has p = 0, and the careless solver fills it (drones worth EUR 200 k get 3 bursts, leaving room under a cap of 5).
        var doctrine = EngagementDoctrine.Default with { SalvoSize = EngagementDoctrine.Default.SalvoSize with { Drone = 5 } };
        var planner = new EngagementPlanner(new ThreatEvaluator(), new EngagementFeasibility(), new CarelessSolver(), doctrine);
        var cities = new[] { City(1e7), new DefendedAsset("town", new Vec3(14_000, 0, 0), 2000, 1e7) };
        var drones = new[] { Drone(1, east: 3000), TestCatalog.Track(2, new Vec3(11_000, 0, 300), new Vec3(50, 0, 0), ThreatClass.Drone, Now) };
        var plan = planner.Plan(Now, drones, cities, [TestCatalog.Gepard("a"), TestCatalog.Gepard("b", new Vec3(10_000, 0, 0))]);
        Assert.All(plan.Orders, o => Assert.True(plan.Options.Single(x => x.UnitId == o.UnitId && x.TrackId == o.TrackId).Feasible));
        Assert.Equal([("a", 1), ("b", 2)], plan.Orders.Select(o => (o.UnitId, o.TrackId)).Distinct().OrderBy(p => p.UnitId));
    }

    [Fact]
    public void Orders_are_sorted_by_priority_then_track()
    {
        var (plan, _) = Plan(EngagementDoctrine.Default, [Cruise(5, north: 30_000), Cruise(4, north: 15_000), Ballistic(3)], [City(1e10)],
            TestCatalog.Samp());
        Assert.Equal(plan.Orders.OrderByDescending(o => o.Priority).ThenBy(o => o.TrackId).Select(o => o.TrackId), plan.Orders.Select(o => o.TrackId));
        Assert.Equal(3, plan.Orders.Select(o => o.TrackId).Distinct().Count());
    }

    [Fact]
    public void Default_doctrine_is_valid_and_bad_doctrine_is_named()
    {
        Assert.Empty(EngagementDoctrine.Default.Problems());
        var bad = EngagementDoctrine.Default with
        {
            CostWeight = -1,
            ReserveShots = -1,
            SalvoSize = EngagementDoctrine.Default.SalvoSize with { Ballistic = -2 },
            Layers = EngagementDoctrine.Default.Layers with { Drone = [SystemKind.Gun, SystemKind.Gun] },
        };
        Assert.Equal([
            "salvo_size.ballistic: -2 is not allowed (at least 0)",
            "layers.drone: a system kind is listed twice (list each at most once, first layer first)",
            "cost_weight: -1 is not allowed (finite, at least 0)",
            "reserve_shots: -1 is not allowed (at least 0)",
        ], bad.Problems());
        Assert.Equal(0, EngagementDoctrine.Default.Layer(SystemKind.Gun, ThreatClass.Ballistic));
        Assert.Equal(1, EngagementDoctrine.Default.Layer(SystemKind.Gun, ThreatClass.Drone));
    }
}
