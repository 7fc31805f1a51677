using Oberig.Core.Time;
using Oberig.Tracking.LinearAlgebra;

namespace Oberig.Tracking.State;

/// <summary>
/// A Gaussian estimate N(mean, covariance) at a time. Allocated once, when a track is born, with arrays sized by the
/// state dimension; predictors and updaters overwrite it in place, so a tracker keeps thousands of them with no
/// allocation per step. The covariance is row-major n x n.
/// </summary>
/// <remarks>
/// Why a class with its own arrays rather than a struct-of-arrays store: tracks are born and die at any time and are
/// handed around by reference (hypotheses, associations, IMM modes); one small object per estimate keeps that simple
/// and cache-friendly enough (n + n² contiguous doubles). All filter code works on spans, so a struct-of-arrays store
/// can later reuse it unchanged if profiling ever asks for one.
/// </remarks>
public sealed class GaussianState
{
    private readonly double[] _mean;
    private readonly double[] _covariance;

    /// <summary>A zero state of the given dimension (1..<see cref="SmallMatrix.MaxDimension"/>) at time zero.</summary>
    public GaussianState(int dimension)
    {
        if (dimension < 1 || dimension > SmallMatrix.MaxDimension)
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, $"must be 1..{SmallMatrix.MaxDimension}");
        Dimension = dimension;
        _mean = new double[dimension];
        _covariance = new double[dimension * dimension];
    }

    /// <summary>A state with the given mean, covariance (row-major, n*n values) and time.</summary>
    public GaussianState(ReadOnlySpan<double> mean, ReadOnlySpan<double> covariance, SimTime time) : this(mean.Length)
    {
        if (covariance.Length != mean.Length * mean.Length)
            throw new ArgumentException($"covariance needs {mean.Length * mean.Length} values, got {covariance.Length}", nameof(covariance));
        mean.CopyTo(_mean);
        covariance.CopyTo(_covariance);
        Time = time;
    }

    public int Dimension { get; }

    public SimTime Time { get; set; }

    /// <summary>The mean, n values, writable in place.</summary>
    public Span<double> Mean => _mean;

    /// <summary>The covariance, n*n values row-major, writable in place.</summary>
    public Span<double> Covariance => _covariance;

    /// <summary>Covariance element (row, column).</summary>
    public double Variance(int row, int column) => _covariance[row * Dimension + column];

    /// <summary>Copies mean, covariance and time from another state of the same dimension.</summary>
    public void CopyFrom(GaussianState other)
    {
        if (other.Dimension != Dimension)
            throw new ArgumentException($"dimension {other.Dimension} does not match {Dimension}", nameof(other));
        other._mean.CopyTo(_mean, 0);
        other._covariance.CopyTo(_covariance, 0);
        Time = other.Time;
    }

    /// <summary>Sets the covariance to the diagonal matrix with the given variances.</summary>
    public void SetDiagonalCovariance(ReadOnlySpan<double> variances)
    {
        Array.Clear(_covariance);
        for (int i = 0; i < Dimension; i++) _covariance[i * Dimension + i] = variances[i];
    }

    /// <summary>Copy as a new object (allocates: for tests and initiation, not the step).</summary>
    public GaussianState Clone() => new(_mean, _covariance, Time);

    public override string ToString() => $"N(dim {Dimension}) at {Time}";
}
