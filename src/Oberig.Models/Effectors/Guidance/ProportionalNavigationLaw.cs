using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// What the proportional-navigation family shares: a navigation ratio and a cap on the command, validated once.
/// Variants differ only in <see cref="IGuidanceLaw.Command"/>.
/// </summary>
public abstract class ProportionalNavigationLaw : IGuidanceLaw
{
    /// <param name="navigationRatio">N (pure PN) or N' (true and augmented PN), finite and > 0.</param>
    /// <param name="maxAccelerationMps2">Limit on the command's magnitude, m/s², > 0 (infinity for none).</param>
    protected ProportionalNavigationLaw(double navigationRatio, double maxAccelerationMps2)
    {
        if (!(navigationRatio > 0 && double.IsFinite(navigationRatio)))
            throw new ArgumentOutOfRangeException(nameof(navigationRatio), navigationRatio, $"the navigation ratio must be finite and > 0 (is {navigationRatio}); 3 to 5 is usual");
        if (!(maxAccelerationMps2 > 0))
            throw new ArgumentOutOfRangeException(nameof(maxAccelerationMps2), maxAccelerationMps2, $"the acceleration limit must be > 0 m/s² (is {maxAccelerationMps2}); infinity for none");
        NavigationRatio = navigationRatio;
        MaxAccelerationMps2 = maxAccelerationMps2;
    }

    public double NavigationRatio { get; }
    public double MaxAccelerationMps2 { get; }

    public abstract Vec3 Command(in EngagementGeometry geometry);
}
