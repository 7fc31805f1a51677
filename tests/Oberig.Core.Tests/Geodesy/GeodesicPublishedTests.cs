using Oberig.Core.Geodesy;

namespace Oberig.Core.Tests.Geodesy;

/// <summary>Published worked examples: the GeodSolve manual and Karney (2013), "Algorithms for geodesics".</summary>
public class GeodesicPublishedTests
{
    [Fact]
    public void GeodSolveManualJfkToLhr()
    {
        // GeodSolve(1) man page: JFK (40.6, -73.8) to LHR (51.6, -0.5): s12 5551759.400 m; the azimuths, often quoted
        // truncated as 51.198882 and 107.821776, are 51.19888284557983 and 107.82177673551426 in full
        // (GeodSolve -i -p 9, GeographicLib 2.1.2).
        var r = Geodesic.Inverse(40.6, -73.8, 51.6, -0.5);
        Assert.Equal(5551759.400318678, r.S12M, 1e-6);
        Assert.Equal(51.19888284557983, r.Azimuth1Deg, 1e-9);
        Assert.Equal(107.82177673551426, r.Azimuth2Deg, 1e-9);
    }

    [Fact]
    public void KarneyDirectExample()
    {
        // Karney (2013), section 4: phi1 = 40, alpha1 = 30, s12 = 10 000 km gives phi2 = 41.79331020506,
        // lambda12 = 137.84490004377, alpha2 = 149.09016931807 (degrees).
        var r = Geodesic.Direct(40, 0, 30, 10_000_000);
        Assert.Equal(41.79331020506, r.Latitude2Deg, 1e-11);
        Assert.Equal(137.84490004377, r.Longitude2Deg, 1e-11);
        Assert.Equal(149.09016931807, r.Azimuth2Deg, 1e-11);
    }

    [Fact]
    public void KarneyInverseExample()
    {
        // Karney (2013), section 5: phi1 = -30, phi2 = 29.9, lambda12 = 179.8 (nearly antipodal) gives
        // alpha1 = 161.890524736, alpha2 = 18.090737246, s12 = 19 989 832.827610 m.
        var r = Geodesic.Inverse(-30, 0, 29.9, 179.8);
        Assert.Equal(19989832.827610, r.S12M, 1e-6);
        Assert.Equal(161.890524736, r.Azimuth1Deg, 1e-9);
        Assert.Equal(18.090737246, r.Azimuth2Deg, 1e-9);
    }

    [Fact]
    public void ExactlyAntipodalOnTheEquatorGoesOverThePole()
    {
        // Beyond (1 - f) * 180 degrees of longitude the equator is no longer shortest: the geodesic is a meridian,
        // half the meridian ellipse, 20 003 931.458625 m (GeodSolve -i -p 6).
        var r = Geodesic.Inverse(0, 0, 0, 180);
        Assert.Equal(20003931.458625, r.S12M, 1e-6);
        Assert.Equal(0, r.Azimuth1Deg, 1e-12);
        Assert.Equal(180, Math.Abs(r.Azimuth2Deg), 1e-12);
    }

    [Fact]
    public void PoleToPoleIsHalfTheMeridian()
    {
        var r = Geodesic.Inverse(90, 0, -90, 0);
        Assert.Equal(20003931.458625, r.S12M, 1e-6);
    }

    [Fact]
    public void EquatorIsShortestUpToOneMinusFTimes180()
    {
        var r = Geodesic.Inverse(0, 0, 0, 90);
        Assert.Equal(Wgs84.A * Math.PI / 2, r.S12M, 1e-6);
        Assert.Equal(90, r.Azimuth1Deg, 1e-12);
        Assert.Equal(90, r.Azimuth2Deg, 1e-12);
    }

    [Fact]
    public void CoincidentPointsAreZeroApart()
    {
        Assert.Equal(0, Geodesic.Inverse(10, 20, 10, 20).S12M);
        Assert.Equal(0, Geodesic.Inverse(new Geodetic(-45, 170, 100), new Geodetic(-45, 170, 5000)).S12M);
    }

    [Theory]
    [InlineData(91, 0)]
    [InlineData(double.NaN, 0)]
    [InlineData(0, double.PositiveInfinity)]
    public void RejectsInvalidInput(double lat, double lon)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Geodesic.Inverse(lat, lon, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Geodesic.Direct(lat, lon, 0, 1000));
    }
}
