using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Flight;

/// <summary>
/// A target known only at the two ends of the current interval — the engine's threat snapshots one step apart —
/// and between them the cubic Hermite curve through both positions with both velocities: continuous in position and
/// velocity across intervals, exact for motion of constant acceleration. A caller advancing a flight step by step
/// moves the interval on with <see cref="MoveTo"/> before each <see cref="InterceptorFlight.AdvanceTo"/>.
/// </summary>
/// <remarks>Within one interval <see cref="At"/> is a pure function of time, as <see cref="ITargetMotion"/> requires;
/// outside it the same cubic is extrapolated (the flight never asks there).</remarks>
public sealed class HermiteSegmentTarget : ITargetMotion
{
    private double _t0, _t1;
    private Vec3 _p0, _v0, _p1, _v1;

    /// <summary>A target seen once, at <paramref name="timeS"/>: constant velocity until the first <see cref="MoveTo"/>.</summary>
    public HermiteSegmentTarget(double timeS, Vec3 position, Vec3 velocity)
    {
        _t0 = timeS; _t1 = timeS;
        _p0 = _p1 = position;
        _v0 = _v1 = velocity;
    }

    /// <summary>The end of the interval, s.</summary>
    public double EndS => _t1;

    /// <summary>Starts the next interval: from the old end to the state at <paramref name="timeS"/> (later than the old end).</summary>
    public void MoveTo(double timeS, Vec3 position, Vec3 velocity)
    {
        if (!(timeS > _t1)) throw new ArgumentOutOfRangeException(nameof(timeS), timeS, $"must be later than the interval's end {_t1}");
        _t0 = _t1; _p0 = _p1; _v0 = _v1;
        _t1 = timeS; _p1 = position; _v1 = velocity;
    }

    public TargetState At(double timeS)
    {
        double h = _t1 - _t0;
        if (h <= 0) return new TargetState(_p1 + _v1 * (timeS - _t1), _v1, Vec3.Zero);
        double s = (timeS - _t0) / h, s2 = s * s, s3 = s2 * s;
        // Basis functions of the cubic Hermite curve on [0, 1] and their first and second derivatives in s.
        double h00 = 2 * s3 - 3 * s2 + 1, h10 = s3 - 2 * s2 + s, h01 = -2 * s3 + 3 * s2, h11 = s3 - s2;
        double d00 = 6 * s2 - 6 * s, d10 = 3 * s2 - 4 * s + 1, d01 = -d00, d11 = 3 * s2 - 2 * s;
        double a00 = 12 * s - 6, a10 = 6 * s - 4, a01 = -a00, a11 = 6 * s - 2;
        var position = _p0 * h00 + _v0 * (h10 * h) + _p1 * h01 + _v1 * (h11 * h);
        var velocity = (_p0 * d00 + _p1 * d01) / h + _v0 * d10 + _v1 * d11;
        var acceleration = (_p0 * a00 + _p1 * a01) / (h * h) + (_v0 * a10 + _v1 * a11) / h;
        return new TargetState(position, velocity, acceleration);
    }
}
