using CsCheck;
using Oberig.BattleManagement.Doctrine;
using Oberig.BattleManagement.Evaluation;
using Oberig.BattleManagement.Feasibility;
using Oberig.BattleManagement.Planning;
using Oberig.Core.Numerics;
using Oberig.Core.Time;

namespace Oberig.BattleManagement.Tests.Planning;

/// <summary>Whatever the picture, the orders keep every rule: rounds, channels, salvo caps, reserve, one unit per
/// track, layers, feasibility, sorting, and the same input gives the same orders.</summary>
public sealed class PlannerInvariantTests
{
    private static readonly SimTime Now = SimTime.FromSeconds(100);

    private static readonly Gen<AirTrack[]> Tracks =
        Gen.Select(Gen.Double[-30_000, 30_000], Gen.Double[-30_000, 30_000], Gen.Double[50, 12_000], Gen.Double[30, 700],
                Gen.Enum<ThreatClass>(), Gen.Double[0.3, 1], Gen.Bool)
            .Select((x, y, z, speed, c, conf, fc) =>
            {
                var toward = new Vec3(-x, -y, 0).Normalized() * speed + new Vec3(0, 0, c == ThreatClass.Ballistic ? -speed : 0);
                return new AirTrack(0, Now, new Vec3(x, y, z), toward, 20, c, conf, fc || c != ThreatClass.Unknown, "fc");
            })
            .Array[0, 8]
            .Select(ts => ts.Select((t, i) => t with { Id = i + 1 }).ToArray());

    private static readonly Gen<FireUnitState[]> Units =
        Gen.Select(Gen.Int[0, 2], Gen.Double[-8000, 8000], Gen.Double[-8000, 8000], Gen.Int[0, 12], Gen.Int[0, 2], Gen.Int[0, 3])
            .Select((kind, x, y, rounds, busy, inFlightOn) =>
            {
                var p = new Vec3(x, y, 0);
                var unit = kind switch
                {
                    0 => TestCatalog.Samp(position: p, rounds: rounds),
                    1 => TestCatalog.VlMica(position: p, rounds: rounds, channels: 2),
                    _ => TestCatalog.Gepard(position: p, rounds: rounds * 40),
                };
                unit = unit with { BusyChannels = Math.Min(busy, unit.System.FireChannels) };
                return inFlightOn == 0 ? unit : unit with { InFlight = [new EngagementInFlight(inFlightOn, 1, Now + SimDuration.FromSeconds(5))] };
            })
            .Array[0, 5]
            .Select(us => us.Select((u, i) => u with { Id = $"u{i}" }).ToArray());

    private static readonly Gen<EngagementDoctrine> Doctrines =
        Gen.Select(Gen.Bool, Gen.Int[0, 2], Gen.Double[0, 2], Gen.Bool)
            .Select((ss, reserve, weight, single) => EngagementDoctrine.Default with
            {
                Firing = ss ? FiringDoctrine.ShootShoot : FiringDoctrine.ShootLookShoot,
                ReserveShots = reserve,
                CostWeight = weight,
                SingleUnitPerTrack = single,
            });

    private static readonly DefendedAsset[] Assets =
    [
        new("city", new Vec3(0, 0, 0), 3000, 5e9),
        new("plant", new Vec3(5000, 5000, 0), 500, 2e8),
    ];

    [Fact]
    public void Orders_keep_every_rule()
    {
        int withOrders = 0;
        Gen.Select(Tracks, Units, Doctrines).Sample((tracks, units, doctrine) =>
        {
            var planner = new EngagementPlanner(new ThreatEvaluator(), new EngagementFeasibility(), new GreedyTestSolver(), doctrine);
            var plan = planner.Plan(Now, tracks, Assets, units);
            Assert.Equal(plan.Orders, planner.Plan(Now, tracks, Assets, units).Orders);
            if (plan.Orders.Count > 0) Interlocked.Increment(ref withOrders);

            var threat = plan.Threats.ToDictionary(t => t.Track.Id);
            foreach (var unit in units)
            {
                var mine = plan.Orders.Where(o => o.UnitId == unit.Id).ToArray();
                Assert.True(mine.Sum(o => o.Shots) <= unit.ReadyShots);
                Assert.True(mine.Select(o => o.TrackId).Distinct().Count() <= unit.FreeChannels);
                Assert.True(mine.Where(o => threat[o.TrackId].Value < doctrine.ReserveValueThresholdEur).Sum(o => o.Shots)
                    <= unit.ReadyShots - Math.Min(doctrine.ReserveShots, unit.ReadyShots));
                foreach (var o in mine)
                {
                    Assert.True(plan.Options.Single(x => x.UnitId == unit.Id && x.TrackId == o.TrackId).Feasible);
                    Assert.True(doctrine.Layer(unit.System.Kind, threat[o.TrackId].Track.Class) > 0);
                    Assert.Equal(o.Shots * unit.RoundsPerShot, o.Rounds);
                }
            }
            foreach (var group in plan.Orders.GroupBy(o => o.TrackId))
            {
                var track = threat[group.Key].Track;
                var inFlight = units.SelectMany(u => u.InFlight.Where(e => e.TrackId == track.Id).Select(e => (u.Id, e.Shots))).ToArray();
                Assert.True(group.Sum(o => o.Shots) <= doctrine.ShotCap(track.Class, inFlight.Sum(e => e.Shots)));
                if (doctrine.SingleUnitPerTrack)
                {
                    // One unit fires this cycle, and it is one already engaging the track if any is.
                    var firing = Assert.Single(group.Select(o => o.UnitId).Distinct());
                    if (inFlight.Length > 0) Assert.Contains(firing, inFlight.Select(e => e.Id));
                }
            }
            var sorted = plan.Orders.OrderByDescending(o => o.Priority).ThenBy(o => o.TrackId).ThenBy(o => o.LaunchTime).ThenBy(o => o.UnitId, StringComparer.Ordinal);
            Assert.Equal(sorted, plan.Orders);
        }, iter: 300);
        Assert.True(withOrders >= 50, $"only {withOrders} of 300 pictures gave orders: the generator tests too little");
    }
}
