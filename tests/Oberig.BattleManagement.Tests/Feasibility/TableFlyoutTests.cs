using Oberig.BattleManagement.Feasibility;
using Oberig.Core.Numerics;
using Oberig.Models.Effectors.Tables;
using Oberig.Scenario.Catalog;

namespace Oberig.BattleManagement.Tests.Feasibility;

public class TableFlyoutTests
{
    private static readonly Lazy<CatalogSet> Catalog = new(() => CatalogLoader.Load(Path.Combine(Root(), "catalog")));
    private static readonly FlyoutTableOptions Small = FlyoutTableOptions.Default with { RangePoints = 9, HeightPoints = 5 };

    [Fact]
    public void TheInterceptIsWhereTheTimeOfFlightMeetsTheTargetsArrival()
    {
        var mica = Catalog.Value.Interceptors["mica"];
        var flyout = new TableFlyout(new ConstantSpeedFlyout(), Small);
        var launcher = new Vec3(1000, 2000, 0);
        var target = launcher + new Vec3(0, 18_000, 1000);
        var solution = flyout.Solve(launcher, mica, target, new Vec3(0, -250, 0));
        Assert.NotNull(solution);
        var s = solution.Value;
        // The point is where the target is at t, and the table's time of flight to it is t (to the bisection's accuracy).
        Assert.True((target + new Vec3(0, -250, 0) * s.TimeOfFlightS - s.Point).Norm < 1e-6);
        var rel = s.Point - launcher;
        double tof = FlyoutTable.For(mica, Small).TimeOfFlight(Math.Sqrt(rel.X * rel.X + rel.Y * rel.Y), rel.Z);
        Assert.Equal(tof, s.TimeOfFlightS, 1e-3);
    }

    [Fact]
    public void ATargetThatNeverEntersTheEnvelopeHasNoInterceptAndGunsFallBack()
    {
        var mica = Catalog.Value.Interceptors["mica"];
        var flyout = new TableFlyout(new ConstantSpeedFlyout(), Small);
        // Flying away 60 km out: never reachable.
        Assert.Null(flyout.Solve(Vec3.Zero, mica, new Vec3(0, 60_000, 2000), new Vec3(0, 200, 0)));
        var gun = Catalog.Value.Interceptors["gepard-35mm"];
        var fromTable = flyout.Solve(Vec3.Zero, gun, new Vec3(0, 3000, 300), new Vec3(0, -50, 0));
        var constant = new ConstantSpeedFlyout().Solve(Vec3.Zero, gun, new Vec3(0, 3000, 300), new Vec3(0, -50, 0));
        Assert.Equal(constant, fromTable);
    }

    private static string Root()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Oberig.slnx"))) return d.FullName;
        throw new DirectoryNotFoundException("Oberig.slnx");
    }
}
