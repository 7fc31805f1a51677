using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// True proportional navigation: a = N'·Vc·Ω × r̂, normal to the line of sight, then projected normal to the
/// interceptor's velocity (which it can actually turn) and limited. N' is the effective navigation ratio of the
/// linear analysis (<see cref="LinearHomingLoop"/>).
/// </summary>
public sealed class TrueProportionalNavigation(double effectiveNavigationRatio, double maxAccelerationMps2 = double.PositiveInfinity)
    : ProportionalNavigationLaw(effectiveNavigationRatio, maxAccelerationMps2)
{
    public override Vec3 Command(in EngagementGeometry geometry) =>
        LateralCommand.Shape(LineOfSightTerm(geometry, NavigationRatio), geometry.InterceptorVelocity, MaxAccelerationMps2);

    /// <summary>N'·Vc·Ω × r̂, the common core of true and augmented PN.</summary>
    internal static Vec3 LineOfSightTerm(in EngagementGeometry g, double n) =>
        g.LineOfSightRate.Cross(g.Range.Normalized()) * (n * g.ClosingSpeedMps);
}
