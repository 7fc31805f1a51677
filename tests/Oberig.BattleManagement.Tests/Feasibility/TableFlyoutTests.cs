using Oberig.BattleManagement.Feasibility;
using Oberig.Core.Numerics;
using Oberig.Models.Effectors.Tables;
using Oberig.Scenario.Catalog;

namespace Oberig.BattleManagement.Tests.Feasibility;

public class TableFlyoutTests
{
    private static readonly FlyoutTableOptions Small = FlyoutTableOptions.Default with { RangePoints = 9, HeightPoints = 5 };

    [Fact]
    public void TheInterceptIsWhereTheTimeOfFlightMeetsTheTargetsArrival()
    {
        var mica = TestCatalog.Repository.Interceptors["mica"];
        var flyout = new TableFlyout(new ConstantSpeedFlyout(), Small);
        var launcher = new Vec3(1000, 2000, 0);
        var target = launcher + new Vec3(0, 18_000, 1000);
        var solution = flyout.Solve(launcher, mica, target, new Vec3(0, -250, 0));
        Assert.NotNull(solution);
        var s = solution.Value;
        // The point is where the target is at t, and the table's time of flight to it is t (to the bisection's accuracy).
        Assert.True((target + new Vec3(0, -250, 0) * s.TimeOfFlightS - s.Point).Norm < 1e-6);
        // Looked up over the round earth (the mean sphere, the frame's origin on it): the ground distance between the
        // feet and the heights above it, here written out as angles from the centre.
        double radius = Oberig.Core.Geodesy.Wgs84.MeanRadiusM;
        Vec3 FromCentre(Vec3 p) => new(p.X, p.Y, p.Z + radius);
        double angle = Math.Acos(FromCentre(launcher).Normalized().Dot(FromCentre(s.Point).Normalized()));
        double height = FromCentre(s.Point).Norm - FromCentre(launcher).Norm;
        double tof = FlyoutTable.For(mica, Small).TimeOfFlight(radius * angle, height);
        Assert.Equal(tof, s.TimeOfFlightS, 1e-3);
        // Over the flat earth the frame's z is the height: the old reading, a different time.
        var flat = new TableFlyout(new ConstantSpeedFlyout(), Small, Oberig.Core.Geodesy.LocalSphere.Flat).Solve(launcher, mica, target, new Vec3(0, -250, 0))!.Value;
        var rel = flat.Point - launcher;
        Assert.Equal(FlyoutTable.For(mica, Small).TimeOfFlight(Math.Sqrt(rel.X * rel.X + rel.Y * rel.Y), rel.Z), flat.TimeOfFlightS, 1e-3);
    }

    [Fact]
    public void ALowTargetFarOutIsLowOverTheRoundEarthNotBelowTheTangentPlane()
    {
        // Aster 30, a target 100 m above the ground 100 km out: 685 m below the launcher's tangent plane. Read flat it
        // is under the table's lowest height (50 m) and so taken as 50 m; read round it is at its true 100 m.
        var aster = TestCatalog.Repository.Interceptors["aster-30"];
        var flyout = new TableFlyout(new ConstantSpeedFlyout());
        var earth = new Oberig.Core.Geodesy.LocalSphere(Oberig.Core.Geodesy.Wgs84.MeanRadiusM);
        var target = earth.PointAt(0, 100_000, 100);
        Assert.True(target.Z < -600);
        var s = flyout.Solve(Vec3.Zero, aster, target, Vec3.Zero)!.Value;
        Assert.Equal(FlyoutTable.For(aster).TimeOfFlightTo(target), s.TimeOfFlightS, 1e-3);
        Assert.Equal(FlyoutTable.For(aster).TimeOfFlight(100_000, 100), s.TimeOfFlightS, 1e-3);
    }

    [Fact]
    public void ATargetThatNeverEntersTheEnvelopeHasNoInterceptAndGunsFallBack()
    {
        var mica = TestCatalog.Repository.Interceptors["mica"];
        var flyout = new TableFlyout(new ConstantSpeedFlyout(), Small);
        // Flying away 60 km out: never reachable.
        Assert.Null(flyout.Solve(Vec3.Zero, mica, new Vec3(0, 60_000, 2000), new Vec3(0, 200, 0)));
        var gun = TestCatalog.Repository.Interceptors["gepard-35mm"];
        var fromTable = flyout.Solve(Vec3.Zero, gun, new Vec3(0, 3000, 300), new Vec3(0, -50, 0));
        var constant = new ConstantSpeedFlyout().Solve(Vec3.Zero, gun, new Vec3(0, 3000, 300), new Vec3(0, -50, 0));
        Assert.Equal(constant, fromTable);
    }
}
