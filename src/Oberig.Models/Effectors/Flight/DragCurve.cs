namespace Oberig.Models.Effectors.Flight;

/// <summary>
/// Zero-lift drag coefficient against Mach number: a table interpolated linearly between points and held constant
/// beyond its ends (a missile's Cd flattens out well below and above the transonic rise).
/// </summary>
public sealed class DragCurve
{
    private readonly double[] _mach, _cd;

    /// <param name="points">(Mach, Cd) pairs: at least one, Mach ≥ 0 strictly increasing, Cd ≥ 0, all finite.</param>
    public DragCurve(IReadOnlyList<(double Mach, double Cd)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0) throw new ArgumentException("a drag curve needs at least one (Mach, Cd) point", nameof(points));
        _mach = new double[points.Count];
        _cd = new double[points.Count];
        for (int i = 0; i < points.Count; i++)
        {
            var (m, c) = points[i];
            if (!(m >= 0 && double.IsFinite(m))) throw new ArgumentException($"drag curve point {i}: Mach must be finite and >= 0 (is {m})", nameof(points));
            if (!(c >= 0 && double.IsFinite(c))) throw new ArgumentException($"drag curve point {i}: Cd must be finite and >= 0 (is {c})", nameof(points));
            if (i > 0 && !(m > _mach[i - 1])) throw new ArgumentException($"drag curve point {i}: Mach must increase (is {m} after {_mach[i - 1]})", nameof(points));
            _mach[i] = m;
            _cd[i] = c;
        }
    }

    /// <summary>A Mach-independent drag coefficient.</summary>
    public static DragCurve Constant(double cd) => new([(0, cd)]);

    /// <summary>Cd at <paramref name="mach"/>.</summary>
    public double At(double mach)
    {
        if (mach <= _mach[0]) return _cd[0];
        int last = _mach.Length - 1;
        if (mach >= _mach[last]) return _cd[last];
        int hi = 1;
        while (_mach[hi] < mach) hi++;
        double w = (mach - _mach[hi - 1]) / (_mach[hi] - _mach[hi - 1]);
        return _cd[hi - 1] + w * (_cd[hi] - _cd[hi - 1]);
    }
}
