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

    internal static void ValidateLaw(double navigationRatio, double maxAccelerationMps2)
    {
        if (!(navigationRatio > 0 && double.IsFinite(navigationRatio)))
            throw new ArgumentOutOfRangeException(nameof(navigationRatio), navigationRatio, $"the navigation ratio must be finite and > 0 (is {navigationRatio}); 3 to 5 is usual");
        if (!(maxAccelerationMps2 > 0))
            throw new ArgumentOutOfRangeException(nameof(maxAccelerationMps2), maxAccelerationMps2, $"the acceleration limit must be > 0 m/s² (is {maxAccelerationMps2}); infinity for none");
    }
}
