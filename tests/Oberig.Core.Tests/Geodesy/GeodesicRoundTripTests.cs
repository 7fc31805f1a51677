using CsCheck;
using Oberig.Core.Geodesy;

namespace Oberig.Core.Tests.Geodesy;

/// <summary>Direct and inverse undo each other wherever the geodesic is the shortest path.</summary>
public class GeodesicRoundTripTests
{
    // Below pi * b (the length of the equatorial arc at which it stops being shortest) every geodesic is minimal.
    private const double MaxMinimalLength = 19.9e6;

    [Fact]
    public void InverseOfDirectRecoversDistanceAndAzimuth()
    {
        Gen.Select(Gen.Double[-89.9, 89.9], Gen.Double[-180, 180], Gen.Double[-180, 180], Gen.Double[1, MaxMinimalLength])
            .Sample((lat1, lon1, azi1, s12) =>
            {
                var d = Geodesic.Direct(lat1, lon1, azi1, s12);
                var r = Geodesic.Inverse(lat1, lon1, d.Latitude2Deg, d.Longitude2Deg);
                // The end point is rounded to ~1e-15 deg (0.1 nm); over a short line that moves the azimuth a little.
                double aziTol = 1e-9 + 1e-8 / s12 * 180 / Math.PI;
                return Math.Abs(r.S12M - s12) <= 1e-6
                    && Math.Abs(Math.IEEERemainder(r.Azimuth1Deg - azi1, 360)) <= aziTol
                    && Math.Abs(Math.IEEERemainder(r.Azimuth2Deg - d.Azimuth2Deg, 360)) <= aziTol;
            }, iter: 2000);
    }

    [Fact]
    public void DirectOfInverseReachesThePoint()
    {
        Gen.Select(Gen.Double[-90, 90], Gen.Double[-180, 180], Gen.Double[-90, 90], Gen.Double[-180, 180])
            .Sample((lat1, lon1, lat2, lon2) =>
            {
                var r = Geodesic.Inverse(lat1, lon1, lat2, lon2);
                var d = Geodesic.Direct(lat1, lon1, r.Azimuth1Deg, r.S12M);
                var target = Wgs84.ToEcef(new Geodetic(lat2, lon2, 0));
                var reached = Wgs84.ToEcef(new Geodetic(d.Latitude2Deg, d.Longitude2Deg, 0));
                return target.DistanceTo(reached) <= 1e-6;
            }, iter: 2000);
    }

    [Fact]
    public void NegativeDistanceGoesBackwards()
    {
        var fwd = Geodesic.Direct(50, 30, 45, 1_000_000);
        var back = Geodesic.Direct(fwd.Latitude2Deg, fwd.Longitude2Deg, fwd.Azimuth2Deg, -1_000_000);
        Assert.Equal(50, back.Latitude2Deg, 1e-12);
        Assert.Equal(30, back.Longitude2Deg, 1e-12);
        Assert.Equal(45, back.Azimuth2Deg, 1e-12);
    }
}
