using Oberig.Core.Numerics;
using Oberig.Models.Effectors.Flight;
using Oberig.Models.Effectors.Guidance;
using Oberig.Models.Effectors.Tables;
using Oberig.Models.Tests.Sensors;

namespace Oberig.Models.Tests.Effectors;

public class FlyoutTableTests
{
    private static readonly FlyoutTableOptions Small = FlyoutTableOptions.Default with { RangePoints = 9, HeightPoints = 5 };

    [Fact]
    public void GridPointsHoldTheTimeOfAFlightToThemAndCellsInterpolate()
    {
        var mica = TestSensors.Catalog.Interceptors["mica"];
        var table = FlyoutTable.Build(mica, Small);
        // Second method: fly the same missile at one grid point directly.
        int i = 4, j = 2;
        double range = table.GroundRangesM[i], height = table.HeightsM[j];
        var airframe = CatalogAirframe.From(mica);
        double g = airframe.MaxLateralG * InterceptorFlight.G0;
        // The table's grid is on the round earth: the point `range` along the ground and `height` above it.
        var flight = new InterceptorFlightOptions { StepS = Small.StepS, MinSpeedMps = Small.ArrivalSpeedMps, MaxTimeOfFlightS = Small.MaxTimeOfFlightS };
        var point = flight.Earth.PointAt(range, 0, height);
        var end = new InterceptorFlight(airframe, Vec3.Zero, new Vec3(point.X, 0, Math.Max(point.Z, Math.Tan(10 * Math.PI / 180) * point.X)),
            new GravityCompensated(new TrueProportionalNavigation(4, g), g), new ConstantVelocityTarget(point, Vec3.Zero), flight).FlyToEnd();
        Assert.True(end.ReachedTarget);
        Assert.Equal(end.TimeS, table.TimeAt(i, j), 9);
        Assert.Equal(end.TimeS, table.TimeOfFlight(range, height), 9);
        Assert.Equal(end.TimeS, table.TimeOfFlightTo(point), 6);
        // Half-way between two reachable points the time lies between theirs.
        double mid = table.TimeOfFlight(0.5 * (table.GroundRangesM[i] + table.GroundRangesM[i + 1]), height);
        Assert.InRange(mid, Math.Min(table.TimeAt(i, j), table.TimeAt(i + 1, j)), Math.Max(table.TimeAt(i, j), table.TimeAt(i + 1, j)));
    }

    [Fact]
    public void TheEnvelopeEndsWhereThePhysicsEndsAndFartherIsLater()
    {
        var mica = TestSensors.Catalog.Interceptors["mica"];
        var table = FlyoutTable.Build(mica, Small);
        Assert.True(double.IsNaN(table.TimeOfFlight(40_000, 1000)));       // twice the sourced 20 km range
        Assert.True(double.IsNaN(table.TimeOfFlight(1e6, 1000)));          // outside the grid
        double near = table.TimeOfFlight(5_000, 1000), far = table.TimeOfFlight(12_000, 1000);
        Assert.True(near > 0 && far > near, $"5 km {near:F2} s, 12 km {far:F2} s");
        // Faster than the missile's max speed is impossible: time ≥ distance / max speed.
        Assert.True(far >= Math.Sqrt(12_000.0 * 12_000 + 1000 * 1000) / mica.MaxSpeedMps);
    }

    [Fact]
    public void A_lofted_midcourse_takes_the_long_range_missile_to_its_sourced_range_where_a_flat_fly_out_falls_short()
    {
        // Aster 30: catalog range 120 km (sourced > 100 km, 150 km for B1), kinematic reach 149.7 km. Flown flat from a
        // 10° launch it spends its energy low and reaches 54 km at most; lofted it reaches the catalog range at every
        // grid height, and it gets to a near-low point sooner than flat.
        var aster = TestSensors.Catalog.Interceptors["aster-30"];
        var coarse = FlyoutTableOptions.Default with { RangePoints = 11, HeightPoints = 4 };
        var flat = FlyoutTable.Build(aster, coarse with { LoftFactors = [0] });
        var lofted = FlyoutTable.Build(aster, coarse);
        Assert.True(double.IsNaN(flat.TimeOfFlight(72_000, 8_000)));
        for (int j = 0; j < lofted.HeightsM.Count; j++)
            Assert.True(double.IsFinite(lofted.TimeOfFlight(aster.MaxRangeM, lofted.HeightsM[j])), $"height {lofted.HeightsM[j]} m unreachable at 120 km");
        Assert.True(double.IsNaN(lofted.TimeOfFlight(1.25 * aster.MaxRangeM, 8_000))); // beyond the grid (and the kinematics)
        // Second method at one grid point: fly it directly with the loft the table chose.
        int i = 2, h = 0;
        double range = lofted.GroundRangesM[i], height = lofted.HeightsM[h];
        var airframe = CatalogAirframe.From(aster);
        double g = airframe.MaxLateralG * InterceptorFlight.G0;
        var law = new GravityCompensated(new TrueProportionalNavigation(coarse.NavigationRatio, g), g);
        var flight = new InterceptorFlightOptions { StepS = coarse.StepS, MinSpeedMps = coarse.ArrivalSpeedMps, MaxTimeOfFlightS = coarse.MaxTimeOfFlightS };
        double loft = lofted.LoftAt(i, h);
        Assert.True(loft > 0, "a 29 km low point should be flown lofted");
        Assert.Equal(FlyoutTable.Fly(airframe, law, flight, coarse, flight.Earth.PointAt(range, 0, height), loft, 10), lofted.TimeAt(i, h), 9);
        Assert.True(lofted.TimeAt(i, h) < flat.TimeAt(i, h), $"lofted {lofted.TimeAt(i, h):F1} s, flat {flat.TimeAt(i, h):F1} s");
    }
}
