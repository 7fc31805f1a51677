using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// The lead point of a straight, constant-speed interceptor against a constant-velocity target: the earliest t ≥ 0 with
/// |D + V t| = s t (D the range from the interceptor to the target, V the target's velocity, s the interceptor's
/// speed), a quadratic solved in closed form. Unlike iterating t = |D + V t| / s, it holds when the target is faster
/// than the interceptor (a ballistic missile), where the iteration diverges.
/// </summary>
public static class LeadPoint
{
    /// <summary>The time to the lead point, s; NaN when the interceptor can never meet the target (or has no speed).</summary>
    public static double Time(Vec3 range, Vec3 targetVelocity, double speedMps)
    {
        if (!(speedMps > 0)) return double.NaN;
        if (targetVelocity == Vec3.Zero) return range.Norm / speedMps;
        // (V·V − s²) t² + 2 (D·V) t + D·D = 0
        double a = targetVelocity.NormSquared - speedMps * speedMps, b = range.Dot(targetVelocity), c = range.NormSquared;
        if (Math.Abs(a) < 1e-9 * speedMps * speedMps) return b < 0 ? -c / (2 * b) : double.NaN;
        double disc = b * b - a * c;
        if (disc < 0) return double.NaN;
        double root = Math.Sqrt(disc);
        double t1 = (-b - root) / a, t2 = (-b + root) / a;
        double t = Math.Min(t1 >= 0 ? t1 : double.PositiveInfinity, t2 >= 0 ? t2 : double.PositiveInfinity);
        return double.IsFinite(t) ? t : double.NaN;
    }

    /// <summary>The lead point itself; the target's present position when there is none.</summary>
    public static Vec3 Of(Vec3 interceptor, double speedMps, Vec3 targetPosition, Vec3 targetVelocity)
    {
        double t = Time(targetPosition - interceptor, targetVelocity, speedMps);
        return double.IsNaN(t) ? targetPosition : targetPosition + targetVelocity * t;
    }
}
