using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// Augmented proportional navigation: true PN plus N'/2 times the target's acceleration normal to the line of sight,
/// which cancels the N'/(N'−2) growth of the command against a manoeuvring target (Zarchan ch. 8). Needs an estimate
/// of the target's acceleration in <see cref="EngagementGeometry.TargetAcceleration"/>.
/// </summary>
public sealed class AugmentedProportionalNavigation(double effectiveNavigationRatio, double maxAccelerationMps2 = double.PositiveInfinity)
    : ProportionalNavigationLaw(effectiveNavigationRatio, maxAccelerationMps2)
{
    public override Vec3 Command(in EngagementGeometry geometry)
    {
        var los = geometry.Range.Normalized();
        var aT = geometry.TargetAcceleration;
        var aNormal = aT - los * aT.Dot(los);
        var a = TrueProportionalNavigation.LineOfSightTerm(geometry, NavigationRatio) + aNormal * (NavigationRatio / 2);
        return LateralCommand.Shape(a, geometry.InterceptorVelocity, MaxAccelerationMps2);
    }
}
