using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// Trajectory shaping for long-range fly-outs: in midcourse the inner law steers at a point raised above the target by
/// <c>loft × (d − terminalRange)</c>, d the horizontal range to go, so the missile climbs into thin air and coasts
/// there with less drag, then descends onto the target; inside <paramref name="terminalRangeM"/> the raise is zero and
/// the inner law homes on the target itself. The raise shrinks continuously as the range closes (no jump in the
/// command at the switch). The raised point's own fall (−loft × dd/dt) is deliberately not passed on: a navigation law
/// would lead it and dive at once; seen as still, the point draws the missile up, and its fall bends the path over.
/// Loft 0 is the inner law unchanged.
/// </summary>
/// <remarks>Long-range surface-to-air missiles fly lofted midcourses to reach their published ranges; a proportional
/// navigation fly-out from a low launch spends its energy in dense air (docs/PERFORMANCE.md, Effectors: the Aster 30
/// table reached 65-80 km low against the catalog's 120 km).</remarks>
public sealed class LoftedMidcourse(IGuidanceLaw inner, double loft, double terminalRangeM) : IGuidanceLaw
{
    public double Loft { get; } = loft >= 0 && double.IsFinite(loft) ? loft : throw new ArgumentOutOfRangeException(nameof(loft), loft, "must be finite and >= 0");
    public double TerminalRangeM { get; } = terminalRangeM >= 0 && double.IsFinite(terminalRangeM) ? terminalRangeM : throw new ArgumentOutOfRangeException(nameof(terminalRangeM), terminalRangeM, "must be finite and >= 0");

    public Vec3 Command(in EngagementGeometry geometry)
    {
        if (Loft == 0) return inner.Command(geometry);
        var r = geometry.Range;
        double d = Math.Sqrt(r.X * r.X + r.Y * r.Y);
        if (d <= TerminalRangeM) return inner.Command(geometry);
        var raised = geometry with { TargetPosition = geometry.TargetPosition + new Vec3(0, 0, Loft * (d - TerminalRangeM)) };
        return inner.Command(raised);
    }
}
