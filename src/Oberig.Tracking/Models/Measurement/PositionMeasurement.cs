namespace Oberig.Tracking.Models.Measurement;

/// <summary>
/// Linear measurement of selected state components, usually position: H has a single 1 per row (the component's
/// index), R = diag(σᵢ²). For the interleaved kinematic states use <see cref="Cartesian"/>.
/// </summary>
public sealed class PositionMeasurement : IMeasurementModel
{
    private readonly int[] _indices;
    private readonly double[] _variances;

    /// <param name="stateDimension">State dimension n.</param>
    /// <param name="indices">State index read by each measurement component.</param>
    /// <param name="standardDeviations">Noise standard deviation of each component (> 0), in the state's units.</param>
    public PositionMeasurement(int stateDimension, ReadOnlySpan<int> indices, ReadOnlySpan<double> standardDeviations)
    {
        if (stateDimension is < 1 or > LinearAlgebra.SmallMatrix.MaxDimension)
            throw new ArgumentOutOfRangeException(nameof(stateDimension), stateDimension, "must be 1..9");
        if (indices.Length == 0 || indices.Length > stateDimension) throw new ArgumentException("needs 1..n indices", nameof(indices));
        if (standardDeviations.Length != indices.Length) throw new ArgumentException("one standard deviation per index", nameof(standardDeviations));
        foreach (int i in indices)
            if (i < 0 || i >= stateDimension) throw new ArgumentOutOfRangeException(nameof(indices), i, $"must be 0..{stateDimension - 1}");
        foreach (double s in standardDeviations)
            if (!(s > 0) || !double.IsFinite(s)) throw new ArgumentOutOfRangeException(nameof(standardDeviations), s, "must be finite and > 0");
        StateDimension = stateDimension;
        _indices = indices.ToArray();
        _variances = new double[indices.Length];
        for (int i = 0; i < indices.Length; i++) _variances[i] = standardDeviations[i] * standardDeviations[i];
    }

    /// <summary>
    /// Position in 1..3 axes of an interleaved kinematic state [x, vx, y, vy, z, vz, ...]: indices 0, 2, 4, each with
    /// standard deviation <paramref name="standardDeviation"/> (m). <paramref name="stateDimension"/> defaults to 2·axes.
    /// </summary>
    public static PositionMeasurement Cartesian(int axes, double standardDeviation, int stateDimension = 0)
    {
        if (axes is < 1 or > 3) throw new ArgumentOutOfRangeException(nameof(axes), axes, "must be 1, 2 or 3");
        Span<int> idx = stackalloc int[axes];
        Span<double> sd = stackalloc double[axes];
        for (int a = 0; a < axes; a++) { idx[a] = 2 * a; sd[a] = standardDeviation; }
        return new PositionMeasurement(stateDimension == 0 ? 2 * axes : stateDimension, idx, sd);
    }

    public int StateDimension { get; }
    public int MeasurementDimension => _indices.Length;
    public bool IsLinear => true;

    public void Function(ReadOnlySpan<double> x, Span<double> z)
    {
        for (int i = 0; i < _indices.Length; i++) z[i] = x[_indices[i]];
    }

    public void Jacobian(ReadOnlySpan<double> x, Span<double> h)
    {
        int n = StateDimension;
        h[..(_indices.Length * n)].Clear();
        for (int i = 0; i < _indices.Length; i++) h[i * n + _indices[i]] = 1.0;
    }

    public void Noise(Span<double> r)
    {
        int m = _indices.Length;
        r[..(m * m)].Clear();
        for (int i = 0; i < m; i++) r[i * m + i] = _variances[i];
    }

    public void Residual(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> d)
    {
        for (int i = 0; i < _indices.Length; i++) d[i] = a[i] - b[i];
    }
}
