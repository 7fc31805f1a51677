namespace Oberig.Tracking.Models.Transition;

/// <summary>
/// Random walk (nearly constant position): F = I, Q = q dt I. With q = 0 in one dimension it is the textbook scalar
/// Kalman filter with A = 1 and no process noise.
/// </summary>
public sealed class RandomWalk : ITransitionModel
{
    /// <param name="dimension">State dimension, 1..9.</param>
    /// <param name="diffusion">Diffusion q per axis, units²/s (≥ 0).</param>
    public RandomWalk(int dimension, double diffusion)
    {
        if (dimension is < 1 or > LinearAlgebra.SmallMatrix.MaxDimension) throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "must be 1..9");
        if (!(diffusion >= 0) || !double.IsFinite(diffusion)) throw new ArgumentOutOfRangeException(nameof(diffusion), diffusion, "must be finite and >= 0");
        StateDimension = dimension;
        Diffusion = diffusion;
    }

    public string Name => "random_walk";
    public int StateDimension { get; }
    public double Diffusion { get; }
    public bool IsLinear => true;

    public void Function(ReadOnlySpan<double> x, double dt, Span<double> result) => x[..StateDimension].CopyTo(result);

    public void Jacobian(ReadOnlySpan<double> x, double dt, Span<double> jacobian) => LinearAlgebra.SmallMatrix.Identity(jacobian, StateDimension);

    public void ProcessNoise(ReadOnlySpan<double> x, double dt, Span<double> q)
    {
        int n = StateDimension;
        q[..(n * n)].Clear();
        for (int i = 0; i < n; i++) q[i * n + i] = Diffusion * dt;
    }
}
