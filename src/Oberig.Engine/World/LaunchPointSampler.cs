using Oberig.Core.Geodesy;
using Oberig.Core.Random;
using Oberig.Scenario.Model;

namespace Oberig.Engine.World;

/// <summary>Draws a launch point uniformly over a raid's launch disc (a point when the radius is zero).</summary>
public static class LaunchPointSampler
{
    public static Geodetic Sample(LaunchArea area, RandomStream random)
    {
        if (area.RadiusM <= 0) return area.Center;
        // sqrt of a uniform gives a uniform density over the disc's area, not crowded at the centre.
        double r = area.RadiusM * Math.Sqrt(random.NextDouble());
        double bearing = 2 * Math.PI * random.NextDouble();
        var frame = new LocalFrame(area.Center);
        var p = frame.ToGeodetic(new Enu(r * Math.Sin(bearing), r * Math.Cos(bearing), 0));
        return p.WithHeight(area.Center.HeightM);
    }
}
