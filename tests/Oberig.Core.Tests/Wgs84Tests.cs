using Oberig.Core.Geodesy;

namespace Oberig.Core.Tests;

public class Wgs84Tests
{
    [Fact]
    public void CartConvertManualExample()
    {
        // GeographicLib CartConvert manual: 33.3 N, 44.4 E, 6000 m -> (3816209.60, 3737108.55, 3485109.57) m.
        var e = Wgs84.ToEcef(new Geodetic(33.3, 44.4, 6000));
        Assert.Equal(3816209.60, e.X, 0.01);
        Assert.Equal(3737108.55, e.Y, 0.01);
        Assert.Equal(3485109.57, e.Z, 0.01);
        var back = Wgs84.ToGeodetic(e);
        Assert.Equal(33.3, back.LatitudeDeg, 1e-11);
        Assert.Equal(44.4, back.LongitudeDeg, 1e-11);
        Assert.Equal(6000, back.HeightM, 1e-6);
    }

    [Fact]
    public void PyMap3dAerToEnu()
    {
        // pymap3d: azimuth 33 deg, elevation 70 deg, range 1000 m -> ENU (186.2775, 286.8422, 939.6926) m.
        var enu = LocalFrame.EnuFromAer(new Aer(33, 70, 1000));
        Assert.Equal(186.2775, enu.East, 1e-4);
        Assert.Equal(286.8422, enu.North, 1e-4);
        Assert.Equal(939.6926, enu.Up, 1e-4);
    }
}
