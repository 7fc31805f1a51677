using Oberig.Core.Geodesy;

namespace Oberig.Core.Tests.Geodesy;

public class RadarHorizonTests
{
    [Fact]
    public void TenMetreMastSeesAbout13KilometresToTheSeaSurface()
    {
        // sqrt(2 * (4/3 * 6371.0088 km) * 10 m) = 13.034 km.
        double expected = Math.Sqrt(2 * (4.0 / 3.0) * 6371008.8 * 10);
        Assert.Equal(expected, RadarHorizon.HorizonRangeM(10, 0), 1e-9);
        Assert.Equal(13_034, RadarHorizon.HorizonRangeM(10, 0), 1.0);
    }

    [Theory]
    [InlineData(10, 0)]
    [InlineData(30, 100)]
    [InlineData(15, 10_000)]
    public void MatchesThe412RuleOfThumb(double h1, double h2)
    {
        // Radar handbooks: d[km] = 4.12 (sqrt(h1[m]) + sqrt(h2[m])) for the 4/3 Earth; 4.12 is rounded (4.1219).
        double rule = 4.12 * (Math.Sqrt(h1) + Math.Sqrt(h2)) * 1000;
        Assert.Equal(1, RadarHorizon.HorizonRangeM(h1, h2) / rule, 0.001);
    }

    [Fact]
    public void GeometricHorizonIsShorterByTheSquareRootOfK()
    {
        double ratio = RadarHorizon.HorizonRangeM(20, 500) / RadarHorizon.HorizonRangeM(20, 500, k: 1);
        Assert.Equal(Math.Sqrt(4.0 / 3.0), ratio, 1e-12);
    }

    [Fact]
    public void GaussianRadiusGrowsFromEquatorToPole()
    {
        // sqrt(M N) is a sqrt(1 - e²) at the equator and a / sqrt(1 - e²) at the pole.
        Assert.Equal(Wgs84.A * Math.Sqrt(1 - Wgs84.E2), RadarHorizon.GaussianRadiusM(0), 1e-6);
        Assert.Equal(Wgs84.A / Math.Sqrt(1 - Wgs84.E2), RadarHorizon.GaussianRadiusM(90), 1e-6);
    }

    [Theory]
    [InlineData(1.0 / 1.0)]
    [InlineData(4.0 / 3.0)]
    public void LineOfSightAgreesWithHorizonRange(double k)
    {
        var radar = new Geodetic(50, 30, 10);
        const double targetHeight = 1000;
        double horizon = RadarHorizon.HorizonRangeAtLatitudeM(radar.HeightM, targetHeight, radar.LatitudeDeg, k);
        foreach (double azimuth in new[] { 0.0, 90, 225 })
        {
            var near = Geodesic.Direct(radar, azimuth, 0.99 * horizon);
            var far = Geodesic.Direct(radar, azimuth, 1.01 * horizon);
            Assert.True(RadarHorizon.IsAboveHorizon(radar, new Geodetic(near.Latitude2Deg, near.Longitude2Deg, targetHeight), k));
            Assert.False(RadarHorizon.IsAboveHorizon(radar, new Geodetic(far.Latitude2Deg, far.Longitude2Deg, targetHeight), k));
        }
    }

    [Fact]
    public void RefractionExtendsTheHorizon()
    {
        var radar = new Geodetic(0, 0, 10);
        double geometric = RadarHorizon.HorizonRangeAtLatitudeM(10, 200, 0, k: 1);
        var p = Geodesic.Direct(radar, 60, 1.05 * geometric);
        var target = new Geodetic(p.Latitude2Deg, p.Longitude2Deg, 200);
        Assert.False(RadarHorizon.IsAboveHorizon(radar, target, k: 1));
        Assert.True(RadarHorizon.IsAboveHorizon(radar, target));
    }

    [Fact]
    public void OverheadAndCoincidentTargetsAreVisible()
    {
        var radar = new Geodetic(10, 10, 5);
        Assert.True(RadarHorizon.IsAboveHorizon(radar, radar with { HeightM = 30_000 }));
        Assert.True(RadarHorizon.IsAboveHorizon(radar, radar));
        Assert.False(RadarHorizon.IsAboveHorizon(radar, new Geodetic(-10, -170, 100_000)));
    }

    [Theory]
    [InlineData(8, 20_000)]
    [InlineData(8, 60_000)]
    [InlineData(30, 150_000)]
    [InlineData(0, 300_000)]
    public void MinimumClearingHeightIsWhereTheSegmentTestFlips(double antennaHeight, double groundDistance)
    {
        // Second method: bisect on the segment test itself for the lowest height that clears the effective sphere.
        const double re = 4.0 / 3.0 * 6371008.8;
        double theta = groundDistance / re;
        double expected = RadarHorizon.MinimumClearingHeight(theta, re, antennaHeight);
        double low = 0, high = 20_000;
        if (RadarHorizon.ClearsEffectiveEarth(theta, re, antennaHeight, 0)) high = 0;
        for (int i = 0; i < 200 && high > 0; i++)
        {
            double mid = 0.5 * (low + high);
            if (RadarHorizon.ClearsEffectiveEarth(theta, re, antennaHeight, mid)) high = mid; else low = mid;
        }
        Assert.Equal(high, expected, 0.01); // 1 cm: at h1 = 0 the segment test grazes the sphere at its own end
    }

    [Fact]
    public void MinimumClearingHeightIsZeroInsideTheAntennasOwnHorizon()
    {
        const double re = 4.0 / 3.0 * 6371008.8;
        double antennaHorizon = RadarHorizon.HorizonRangeM(10, 0);
        Assert.Equal(0, RadarHorizon.MinimumClearingHeight(0.99 * antennaHorizon / re, re, 10));
        Assert.True(RadarHorizon.MinimumClearingHeight(1.01 * antennaHorizon / re, re, 10) > 0);
        Assert.True(double.IsPositiveInfinity(RadarHorizon.MinimumClearingHeight(Math.PI, re, 10)));
    }
}
