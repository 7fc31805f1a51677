using Oberig.Core.Numerics;
using Oberig.Scenario.Catalog;

namespace Oberig.BattleManagement.Feasibility;

/// <summary>Options of <see cref="ConstantSpeedFlyout"/>.</summary>
public sealed record ConstantSpeedFlyoutOptions
{
    public static ConstantSpeedFlyoutOptions Default { get; } = new();

    /// <summary>A missile's average speed over its fly-out as a fraction of the catalog max speed. Default 0.6
    /// (notional: boost to max speed, then coasting and drag; a typical average for a solid-motor SAM).</summary>
    public double MissileSpeedFraction { get; init; } = 0.6;

    /// <summary>A gun round's average speed to the target as a fraction of muzzle velocity. Default 0.75 (notional: a
    /// 35 mm round loses roughly half its speed over 4 km).</summary>
    public double GunRoundSpeedFraction { get; init; } = 0.75;

    public IEnumerable<string> Problems()
    {
        if (!(MissileSpeedFraction > 0 && MissileSpeedFraction <= 1)) yield return $"missile_speed_fraction: {MissileSpeedFraction} is not allowed (more than 0, at most 1)";
        if (!(GunRoundSpeedFraction > 0 && GunRoundSpeedFraction <= 1)) yield return $"gun_round_speed_fraction: {GunRoundSpeedFraction} is not allowed (more than 0, at most 1)";
    }
}

/// <summary>
/// Interim fly-out model until issue 5's tables: the interceptor flies a straight line at a constant average speed s
/// (a stated fraction of the catalog max speed) and meets the target's constant-velocity prediction. With r the
/// target's offset from the launcher and v its velocity, the intercept time is the least positive root of
/// |r + v t| = s t, i.e. (v·v - s²) t² + 2 (r·v) t + r·r = 0.
/// </summary>
public sealed class ConstantSpeedFlyout(ConstantSpeedFlyoutOptions options) : IFlyoutModel
{
    public ConstantSpeedFlyout() : this(ConstantSpeedFlyoutOptions.Default) { }

    public ConstantSpeedFlyoutOptions Options { get; } = options;

    public double AverageSpeed(InterceptorType interceptor) =>
        interceptor.MaxSpeedMps * (interceptor.Kind == InterceptorKind.GunRound ? Options.GunRoundSpeedFraction : Options.MissileSpeedFraction);

    public FlyoutSolution? Solve(Vec3 launcher, InterceptorType interceptor, Vec3 targetPosition, Vec3 targetVelocity)
    {
        var r = targetPosition - launcher;
        double t = InterceptTime(r, targetVelocity, AverageSpeed(interceptor));
        return double.IsNaN(t) ? null : new FlyoutSolution(t, targetPosition + targetVelocity * t);
    }

    /// <summary>The least non-negative t with |r + v t| = s t, or NaN when there is none.</summary>
    public static double InterceptTime(Vec3 r, Vec3 v, double s)
    {
        double a = v.NormSquared - s * s, b = 2 * r.Dot(v), c = r.NormSquared;
        if (c == 0) return 0;
        if (Math.Abs(a) < 1e-9 * s * s)
            return b < 0 ? -c / b : double.NaN; // equal speeds: linear, only a closing target is caught
        double disc = b * b - 4 * a * c;
        if (disc < 0) return double.NaN;
        // Stable roots: q = -(b + sign(b) sqrt(disc)) / 2, roots q / a and c / q.
        double q = -0.5 * (b + Math.CopySign(Math.Sqrt(disc), b));
        double t1 = q / a, t2 = q != 0 ? c / q : double.NaN;
        double best = double.NaN;
        foreach (double t in (ReadOnlySpan<double>)[t1, t2])
            if (t > 0 && (double.IsNaN(best) || t < best)) best = t;
        return best;
    }
}
