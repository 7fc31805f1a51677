using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;

namespace Oberig.Core.Tests.Geodesy;

public class LocalSphereTests
{
    [Fact]
    public void CurvatureRadiiMatchTheirClosedFormsAtTheEquatorAndThePole()
    {
        // Equator: M = a(1 − e²) = b²/a, N = a, √(MN) = b. Pole: M = N = a²/b, the polar radius of curvature
        // c = 6,399,593.6258 m of NIMA TR8350.2 table 3.5.
        const double a = 6_378_137.0, b = 6_356_752.3142;
        Assert.Equal(b * b / a, Wgs84.MeridianRadiusM(0), 1e-3);
        Assert.Equal(a, Wgs84.PrimeVerticalRadiusM(0), 1e-9);
        Assert.Equal(b, Wgs84.GaussianRadiusM(0), 1e-3);
        Assert.Equal(6_399_593.6258, Wgs84.MeridianRadiusM(90), 1e-3);
        Assert.Equal(6_399_593.6258, Wgs84.PrimeVerticalRadiusM(-90), 1e-3);
        Assert.Equal(6_399_593.6258, Wgs84.GaussianRadiusM(90), 1e-3);
        for (double lat = -80; lat <= 80; lat += 20)
            Assert.Equal(Math.Sqrt(Wgs84.MeridianRadiusM(lat) * Wgs84.PrimeVerticalRadiusM(lat)), Wgs84.GaussianRadiusM(lat), 1e-6);
        Assert.Equal(6_371_008.7714, Wgs84.MeanRadiusM, 1e-4); // R1 of the IUGG (Moritz, Geodetic Reference System 1980)
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    [InlineData(300_000)]
    public void PointsOnTheSphereHaveZeroHeightAndTheirGroundRange(double range)
    {
        var sphere = LocalSphere.AtLatitude(50);
        foreach (double azimuth in new[] { 0.0, 1, 2.5, 4 })
        {
            double east = range * Math.Sin(azimuth), north = range * Math.Cos(azimuth);
            var ground = sphere.PointAt(east, north, 0);
            Assert.True(ground.Z < 0);
            Assert.Equal(0, sphere.HeightAbove(ground), 1e-6);
            Assert.Equal(range, sphere.GroundRangeM(ground), 1e-6);
            Assert.Equal(1_000, sphere.HeightAbove(sphere.PointAt(east, north, 1_000)), 1e-6);
            // Straight above along the local vertical.
            Assert.Equal(1_000, sphere.HeightAbove(ground + sphere.Up(ground) * 1_000), 1e-6);
        }
        Assert.Equal(1_000, sphere.HeightAbove(new Vec3(0, 0, 1_000)), 1e-9);
    }

    [Theory]
    [InlineData(20_000, 30_000, 80_000, -40_000)]
    [InlineData(-150_000, 5_000, 150_000, 5_000)]
    [InlineData(1_000, 1_000, 1_000.5, 1_000)]
    public void GroundDistanceBetweenTwoPointsIsTheHaversineDistanceOfTheirFeet(double east1, double north1, double east2, double north2)
    {
        // Second method: each foot's latitude and longitude on a sphere whose north pole is the frame's origin (colatitude
        // = ground range / R, longitude = azimuth), then the haversine formula. Heights must not matter.
        var sphere = LocalSphere.AtLatitude(48);
        double r = sphere.RadiusM;
        static (double Lat, double Lon) Foot(double e, double n, double radius) => (Math.PI / 2 - Math.Sqrt(e * e + n * n) / radius, Math.Atan2(e, n));
        var (lat1, lon1) = Foot(east1, north1, r);
        var (lat2, lon2) = Foot(east2, north2, r);
        double h = Math.Pow(Math.Sin((lat2 - lat1) / 2), 2) + Math.Cos(lat1) * Math.Cos(lat2) * Math.Pow(Math.Sin((lon2 - lon1) / 2), 2);
        double expected = 2 * r * Math.Asin(Math.Sqrt(h));
        var a = sphere.PointAt(east1, north1, 300);
        var b = sphere.PointAt(east2, north2, 9_000);
        Assert.Equal(expected, sphere.GroundDistanceM(a, b), 1e-6);
        Assert.Equal(expected, sphere.GroundDistanceM(b, a), 1e-6);
        Assert.Equal(sphere.GroundRangeM(b), sphere.GroundDistanceM(Vec3.Zero, b), 1e-6);
        Assert.Equal(Math.Sqrt((east2 - east1) * (east2 - east1) + (north2 - north1) * (north2 - north1)),
            LocalSphere.Flat.GroundDistanceM(new Vec3(east1, north1, 5), new Vec3(east2, north2, 700)), 1e-9);
    }

    [Theory]
    [InlineData(300_000, 0, -7_064)]
    [InlineData(0, 100_000, -784)]
    [InlineData(7_000, -9_000, 5_000)]
    [InlineData(-250_000, 120_000, 30_000)]
    public void HeightKeepsSubMillimetreDigitsAgainstExactDecimalArithmetic(double x, double y, double z)
    {
        // Second method: |r − c| − R in 28-digit decimal arithmetic (coordinates multiples of 1/64 m, so their squares
        // are exact in decimal). The double result must agree far below a millimetre.
        const double radius = 6_371_000;
        z += 0.015625 * 7;
        decimal dz = (decimal)z + (decimal)radius;
        decimal exact = Sqrt((decimal)x * (decimal)x + (decimal)y * (decimal)y + dz * dz) - (decimal)radius;
        Assert.Equal((double)exact, new LocalSphere(radius).HeightAbove(new Vec3(x, y, z)), 1e-8);
    }

    [Fact]
    public void TheFlatEarthIsTheTangentPlane()
    {
        var flat = LocalSphere.Flat;
        var p = new Vec3(300_000, -40_000, 123.5);
        Assert.Equal(123.5, flat.HeightAbove(p));
        Assert.Equal(new Vec3(300_000, -40_000, 7), flat.PointAt(300_000, -40_000, 7));
        Assert.Equal(Math.Sqrt(300_000.0 * 300_000 + 40_000.0 * 40_000), flat.GroundRangeM(p), 1e-9);
        Assert.Equal(new Vec3(0, 0, 1), flat.Up(p));
    }

    private static decimal Sqrt(decimal s)
    {
        var x = (decimal)Math.Sqrt((double)s);
        for (int i = 0; i < 5; i++) x = 0.5m * (x + s / x);
        return x;
    }
}
