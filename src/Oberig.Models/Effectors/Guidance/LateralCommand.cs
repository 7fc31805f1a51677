using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Guidance;

/// <summary>The shaping every law applies last: keep the part normal to the interceptor's velocity, then cap its size.</summary>
public static class LateralCommand
{
    /// <summary>
    /// <paramref name="acceleration"/> less its component along <paramref name="velocity"/> (unchanged when the
    /// velocity is zero), scaled down to <paramref name="maxMagnitude"/> when larger.
    /// </summary>
    public static Vec3 Shape(Vec3 acceleration, Vec3 velocity, double maxMagnitude)
    {
        double v2 = velocity.NormSquared;
        var normal = v2 > 0 ? acceleration - velocity * (acceleration.Dot(velocity) / v2) : acceleration;
        return Limit(normal, maxMagnitude);
    }

    /// <summary><paramref name="acceleration"/> scaled down to <paramref name="maxMagnitude"/> when larger; direction kept.</summary>
    public static Vec3 Limit(Vec3 acceleration, double maxMagnitude)
    {
        double n = acceleration.Norm;
        return n > maxMagnitude ? acceleration * (maxMagnitude / n) : acceleration;
    }
}
