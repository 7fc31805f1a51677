using Oberig.BattleManagement.Evaluation;
using Oberig.BattleManagement.Feasibility;
using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Models.Effectors.Tables;
using Oberig.Scenario.Catalog;

namespace Oberig.BattleManagement.Tests.Feasibility;

public class FlownKillProbabilityTests
{

    [Fact]
    public void ThePlannersPkIsTheFlownTablesAtTheTracksSpeedAndTheInterceptsGroundRangeAndHeight()
    {
        var mica = TestCatalog.Repository.Interceptors["mica"];
        var earth = LocalSphere.AtLatitude(50);
        var model = new FlownKillProbability(CatalogKillProbability.Instance, frameEarth: earth);
        var launcher = earth.PointAt(3_000, -4_000, 120);
        var point = earth.PointAt(9_000, 7_000, 6_000);
        var track = TestCatalog.Track(1, point + new Vec3(0, 5_000, 0), new Vec3(0, -700, -100), ThreatClass.Ballistic);
        double pk = model.SingleShot(mica, launcher, track, new FlyoutSolution(12, point));
        // Second method: the ground distance between the feet (their angle at the centre) and the heights above the
        // sphere, written out here.
        Vec3 FromCentre(Vec3 p) => new(p.X, p.Y, p.Z + earth.RadiusM);
        double angle = Math.Acos(FromCentre(launcher).Normalized().Dot(FromCentre(point).Normalized()));
        double height = FromCentre(point).Norm - FromCentre(launcher).Norm;
        // The aspect: the angle between the velocity and the level course from the point towards the launcher (the
        // chord to the launcher less its part along the point's vertical).
        var up = FromCentre(point).Normalized();
        var chord = launcher - point;
        var level = chord - up * chord.Dot(up);
        var velocity = new Vec3(0, -700, -100);
        double aspect = Math.Acos(level.Dot(velocity) / (level.Norm * velocity.Norm)) * 180 / Math.PI;
        Assert.InRange(aspect, 25, 35); // north-east of the launcher, flying south and a little down: oblique
        Assert.Equal(KillProbabilityTable.For(mica).KillProbability(velocity.Norm, aspect, earth.RadiusM * angle, height), pk, 12);
        // The table, not the catalog's class figure: MICA has no ballistic entry (0), yet a 700 m/s target 13 km out at
        // 6 km is within its physics.
        Assert.Equal(0, CatalogKillProbability.Instance.SingleShot(mica, launcher, track, new FlyoutSolution(12, point)));
        Assert.True(pk > 0.8, $"{pk}");
    }

    [Fact]
    public void GunsAndMissilesWithoutFlyoutDataKeepTheFallback()
    {
        var model = new FlownKillProbability(CatalogKillProbability.Instance);
        var track = TestCatalog.Track(1, new Vec3(0, 3000, 300), new Vec3(0, -50, 0), ThreatClass.Drone);
        var s = new FlyoutSolution(3, new Vec3(0, 2850, 300));
        Assert.Equal(0.5, model.SingleShot(TestCatalog.Repository.Interceptors["gepard-35mm"], Vec3.Zero, track, s));
        Assert.Equal(0.85, model.SingleShot(TestCatalog.Mica, Vec3.Zero, track, s)); // no flyout table: the catalog's 0.85
    }

    [Fact]
    public void FeasibilityGivesAFastTargetNearTheCeilingTheLowPkItsFlightsEarnAndASlowOneMore()
    {
        // A 2,400 m/s target near MICA's 9 km ceiling: its flights there mostly miss (the table's top rows,
        // KillProbabilityTableTests), so the flown model gives it far less than the catalog's 0.8 for a cruise missile, and
        // a 300 m/s one on the same path more (the reliability, 0.9, less a sub-metre miss).
        var mica = TestCatalog.Repository.Interceptors["mica"];
        var unit = new FireUnitState("mica", Vec3.Zero, TestCatalog.System(SystemKind.ShortRangeSam, "mica", 6), mica, "fc", 12, 0);
        var track = TestCatalog.Track(1, new Vec3(0, 60_000, 8_800), new Vec3(0, -2_400, 0), ThreatClass.Cruise);
        var threat = new ThreatAssessment(track, ImpactBasis.Approach, null, null, null, null, 1, 1e6, 1e6);
        var flown = new EngagementFeasibility(new TableFlyout(), new FlownKillProbability(CatalogKillProbability.Instance), FeasibilityOptions.Default);
        var catalog = new EngagementFeasibility(new TableFlyout(), CatalogKillProbability.Instance, FeasibilityOptions.Default);
        var byCatalog = catalog.Assess(SimTime.Start, unit, threat);
        Assert.True(byCatalog.Feasible, byCatalog.Verdict.ToString());
        Assert.Equal(0.8, byCatalog.SingleShotPk);
        var option = flown.Assess(SimTime.Start, unit, threat);
        Assert.True(!option.Feasible || option.SingleShotPk < 0.65, $"{option.Verdict} {option.SingleShotPk}");
        var slowTrack = track with { Position = new Vec3(0, 15_000, 8_800), Velocity = new Vec3(0, -300, 0) };
        var slow = flown.Assess(SimTime.Start, unit, threat with { Track = slowTrack });
        Assert.True(slow.Feasible && slow.SingleShotPk > 0.85, $"{slow.Verdict} {slow.SingleShotPk}");
    }
}
