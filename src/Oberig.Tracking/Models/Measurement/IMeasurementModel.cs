namespace Oberig.Tracking.Models.Measurement;

/// <summary>
/// What a sensor reports about a state: z = h(x) + v, v ~ N(0, R). Matrices are row-major spans: the Jacobian is
/// m x n, R is m x m. Components that are angles are differenced with <see cref="Residual"/>, which wraps them.
/// </summary>
public interface IMeasurementModel
{
    /// <summary>State dimension n the model reads.</summary>
    int StateDimension { get; }

    /// <summary>Measurement dimension m.</summary>
    int MeasurementDimension { get; }

    /// <summary>True when h is linear, h(x) = H x: a plain Kalman updater is then exact.</summary>
    bool IsLinear { get; }

    /// <summary>z = h(x) without noise.</summary>
    void Function(ReadOnlySpan<double> x, Span<double> z);

    /// <summary>h = ∂h/∂x at x (m x n).</summary>
    void Jacobian(ReadOnlySpan<double> x, Span<double> h);

    /// <summary>r = R (m x m).</summary>
    void Noise(Span<double> r);

    /// <summary>d = a − b for two measurements, angle components wrapped to (−π, π]. d may alias a.</summary>
    void Residual(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> d);

    /// <summary>Whether measurement component <paramref name="component"/> is an angle that wraps at ±π (an
    /// azimuth), so spatial gating must look across the cut.</summary>
    bool Wraps(int component) => false;
}
