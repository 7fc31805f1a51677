using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// Pure proportional navigation: a = N·Ω × V_M, normal to the interceptor's velocity by construction. N is the
/// navigation ratio on the interceptor's own speed (N' = N·V_M/Vc in the linear analysis).
/// </summary>
public sealed class PureProportionalNavigation(double navigationRatio, double maxAccelerationMps2 = double.PositiveInfinity)
    : ProportionalNavigationLaw(navigationRatio, maxAccelerationMps2)
{
    public override Vec3 Command(in EngagementGeometry geometry) =>
        LateralCommand.Limit(geometry.LineOfSightRate.Cross(geometry.InterceptorVelocity) * NavigationRatio, MaxAccelerationMps2);
}
