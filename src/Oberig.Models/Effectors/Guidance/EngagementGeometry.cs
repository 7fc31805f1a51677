using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// What a guidance law sees at one instant, all in one Cartesian frame (SI): the interceptor's position and velocity
/// and the target's position, velocity and acceleration as the guidance source estimates them (truth, a fire-control
/// track, or a seeker's measurement).
/// </summary>
public readonly record struct EngagementGeometry(
    Vec3 InterceptorPosition,
    Vec3 InterceptorVelocity,
    Vec3 TargetPosition,
    Vec3 TargetVelocity,
    Vec3 TargetAcceleration = default)
{
    /// <summary>Line of sight, interceptor to target, m.</summary>
    public Vec3 Range => TargetPosition - InterceptorPosition;
    /// <summary>Target velocity relative to the interceptor, m/s.</summary>
    public Vec3 RelativeVelocity => TargetVelocity - InterceptorVelocity;

    /// <summary>Rotation rate of the line of sight, Ω = r × v / |r|², rad/s (zero when the range is zero).</summary>
    public Vec3 LineOfSightRate
    {
        get
        {
            var r = Range;
            double r2 = r.NormSquared;
            return r2 > 0 ? r.Cross(RelativeVelocity) / r2 : Vec3.Zero;
        }
    }

    /// <summary>Closing speed, −r·v/|r|, m/s (positive while the range shrinks; zero at zero range).</summary>
    public double ClosingSpeedMps
    {
        get
        {
            var r = Range;
            double n = r.Norm;
            return n > 0 ? -r.Dot(RelativeVelocity) / n : 0;
        }
    }
}
