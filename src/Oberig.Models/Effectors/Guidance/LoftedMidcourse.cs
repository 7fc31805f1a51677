using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// Trajectory shaping for long-range fly-outs: in midcourse the inner law steers at a point raised above the predicted
/// intercept point by <c>loft × (d − terminalRange)</c>, d the horizontal range to that point, so the missile climbs
/// into thin air and coasts there with less drag, then descends onto the intercept; once d is inside
/// <paramref name="terminalRangeM"/> the raise is zero and the inner law homes on the target itself. The raise shrinks
/// continuously as the range closes (no jump in the command at the switch).
/// </summary>
/// <remarks>
/// <para>The predicted intercept point is where the target, at its estimated constant velocity, will be when the
/// missile gets there at its present speed (at least <paramref name="assumedSpeedMps"/>, which stands in while it is
/// still slow off the rail), flying straight. Steering at the raise over the
/// target's present position instead would loft a missile launched at a fast incoming target as if the target stayed
/// where it is: 70 km up for a ballistic missile met 24 km out, which then passes below it. For a still target the two
/// are the same point.</para>
/// <para>The raised point is passed to the inner law as still: its motion (the target's, and its fall of −loft × dd/dt)
/// is deliberately not passed on, since a navigation law would lead it and dive at once; seen as still, the point
/// draws the missile up, and its fall bends the path over. Loft 0 is the inner law unchanged.</para>
/// <para>Long-range surface-to-air missiles fly lofted midcourses to reach their published ranges; a proportional
/// navigation fly-out from a low launch spends its energy in dense air (docs/PERFORMANCE.md, Effectors: the Aster 30
/// table reached 65-80 km low against the catalog's 120 km).</para>
/// </remarks>
public sealed class LoftedMidcourse(IGuidanceLaw inner, double loft, double terminalRangeM, double assumedSpeedMps = 0) : IGuidanceLaw
{
    public double Loft { get; } = loft >= 0 && double.IsFinite(loft) ? loft : throw new ArgumentOutOfRangeException(nameof(loft), loft, "must be finite and >= 0");
    public double TerminalRangeM { get; } = terminalRangeM >= 0 && double.IsFinite(terminalRangeM) ? terminalRangeM : throw new ArgumentOutOfRangeException(nameof(terminalRangeM), terminalRangeM, "must be finite and >= 0");
    public double AssumedSpeedMps { get; } = assumedSpeedMps >= 0 && double.IsFinite(assumedSpeedMps) ? assumedSpeedMps : throw new ArgumentOutOfRangeException(nameof(assumedSpeedMps), assumedSpeedMps, "must be finite and >= 0");

    public Vec3 Command(in EngagementGeometry geometry)
    {
        if (Loft == 0) return inner.Command(geometry);
        var point = PredictedInterceptPoint(geometry);
        var r = point - geometry.InterceptorPosition;
        double d = Math.Sqrt(r.X * r.X + r.Y * r.Y);
        if (d <= TerminalRangeM) return inner.Command(geometry);
        var raised = geometry with
        {
            TargetPosition = point + new Vec3(0, 0, Loft * (d - TerminalRangeM)),
            TargetVelocity = Vec3.Zero,
            TargetAcceleration = Vec3.Zero,
        };
        return inner.Command(raised);
    }

    /// <summary>Where the target (at constant velocity) meets the missile flying straight at its speed, or at least
    /// <see cref="AssumedSpeedMps"/> (<see cref="LeadPoint"/>); the target's position when it is still, no speed is
    /// known, or the missile can never catch it.</summary>
    public Vec3 PredictedInterceptPoint(in EngagementGeometry geometry) =>
        LeadPoint.Of(geometry.InterceptorPosition, Math.Max(geometry.InterceptorVelocity.Norm, AssumedSpeedMps),
            geometry.TargetPosition, geometry.TargetVelocity);
}
