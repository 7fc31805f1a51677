using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// Augmented proportional navigation: true PN plus N'/2 times the target's acceleration normal to the line of sight,
/// which cancels the N'/(N'−2) growth of the command against a manoeuvring target (Zarchan ch. 8). Needs an estimate
/// of the target's acceleration in <see cref="EngagementGeometry.TargetAcceleration"/>.
/// </summary>
public sealed class AugmentedProportionalNavigation : IGuidanceLaw
{
    private readonly double _n, _max;

    /// <param name="effectiveNavigationRatio">N', > 0.</param>
    /// <param name="maxAccelerationMps2">Limit on the command's magnitude, m/s² (infinity for none).</param>
    public AugmentedProportionalNavigation(double effectiveNavigationRatio, double maxAccelerationMps2 = double.PositiveInfinity)
    {
        LateralCommand.ValidateLaw(effectiveNavigationRatio, maxAccelerationMps2);
        _n = effectiveNavigationRatio;
        _max = maxAccelerationMps2;
    }

    public Vec3 Command(in EngagementGeometry geometry)
    {
        var los = geometry.Range.Normalized();
        var aT = geometry.TargetAcceleration;
        var aNormal = aT - los * aT.Dot(los);
        var a = TrueProportionalNavigation.LineOfSightTerm(geometry, _n) + aNormal * (_n / 2);
        return LateralCommand.Shape(a, geometry.InterceptorVelocity, _max);
    }
}
