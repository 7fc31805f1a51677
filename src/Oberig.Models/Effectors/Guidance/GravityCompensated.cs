using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// A guidance law with gravity compensation: the inner law's command plus the part of 1 g (up) normal to the
/// interceptor's velocity, then shaped and limited again. Proportional navigation steers the line of sight, not the
/// weight; without the bias a long, flat fly-out at a low target sags until the law catches up, and may meet the
/// ground first. Autopilots add this bias as a matter of course (Zarchan, Tactical and Strategic Missile Guidance).
/// </summary>
public sealed class GravityCompensated(IGuidanceLaw inner, double maxAccelerationMps2, double gravityMps2 = 9.80665) : IGuidanceLaw
{
    public Vec3 Command(in EngagementGeometry geometry)
    {
        var command = inner.Command(geometry) + new Vec3(0, 0, gravityMps2);
        return LateralCommand.Shape(command, geometry.InterceptorVelocity, maxAccelerationMps2);
    }
}
