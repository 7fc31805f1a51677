using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// Pure proportional navigation: a = N·Ω × V_M, normal to the interceptor's velocity by construction. N is the
/// navigation ratio on the interceptor's own speed (N' = N·V_M/Vc in the linear analysis).
/// </summary>
public sealed class PureProportionalNavigation : IGuidanceLaw
{
    private readonly double _n, _max;

    /// <param name="navigationRatio">N, > 0.</param>
    /// <param name="maxAccelerationMps2">Limit on the command's magnitude, m/s² (infinity for none).</param>
    public PureProportionalNavigation(double navigationRatio, double maxAccelerationMps2 = double.PositiveInfinity)
    {
        LateralCommand.ValidateLaw(navigationRatio, maxAccelerationMps2);
        _n = navigationRatio;
        _max = maxAccelerationMps2;
    }

    public Vec3 Command(in EngagementGeometry geometry) =>
        LateralCommand.Limit(geometry.LineOfSightRate.Cross(geometry.InterceptorVelocity) * _n, _max);
}
