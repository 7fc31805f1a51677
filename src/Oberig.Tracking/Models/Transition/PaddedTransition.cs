using Oberig.Tracking.LinearAlgebra;

namespace Oberig.Tracking.Models.Transition;

/// <summary>
/// Runs a model on the first states of a larger state vector and holds the extra states (F = I) with diffusion
/// qₑ dt on each. This is how IMM modes of different native dimension share one state: constant velocity and
/// ballistic (6 states) pad to the coordinated turn's 7, carrying its turn rate along unchanged.
/// </summary>
public sealed class PaddedTransition : ITransitionModel
{
    /// <param name="inner">The model for the leading states.</param>
    /// <param name="stateDimension">Total state dimension, at least the inner one and at most 9.</param>
    /// <param name="extraDiffusion">Diffusion of each held extra state, units²/s (≥ 0).</param>
    public PaddedTransition(ITransitionModel inner, int stateDimension, double extraDiffusion)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (stateDimension < inner.StateDimension || stateDimension > SmallMatrix.MaxDimension)
            throw new ArgumentOutOfRangeException(nameof(stateDimension), stateDimension, $"must be {inner.StateDimension}..{SmallMatrix.MaxDimension}");
        if (!(extraDiffusion >= 0) || !double.IsFinite(extraDiffusion))
            throw new ArgumentOutOfRangeException(nameof(extraDiffusion), extraDiffusion, "must be finite and >= 0");
        Inner = inner;
        StateDimension = stateDimension;
        ExtraDiffusion = extraDiffusion;
    }

    public ITransitionModel Inner { get; }
    public double ExtraDiffusion { get; }
    public string Name => Inner.Name;
    public int StateDimension { get; }
    public bool IsLinear => Inner.IsLinear;

    public void Function(ReadOnlySpan<double> x, double dt, Span<double> result)
    {
        int m = Inner.StateDimension;
        Inner.Function(x[..m], dt, result);
        x[m..StateDimension].CopyTo(result[m..]);
    }

    public void Jacobian(ReadOnlySpan<double> x, double dt, Span<double> jacobian)
    {
        int m = Inner.StateDimension, n = StateDimension;
        Span<double> inner = stackalloc double[m * m];
        Inner.Jacobian(x[..m], dt, inner);
        Embed(inner, m, jacobian, n, 1.0);
    }

    public void ProcessNoise(ReadOnlySpan<double> x, double dt, Span<double> q)
    {
        int m = Inner.StateDimension, n = StateDimension;
        Span<double> inner = stackalloc double[m * m];
        Inner.ProcessNoise(x[..m], dt, inner);
        Embed(inner, m, q, n, ExtraDiffusion * dt);
    }

    private static void Embed(ReadOnlySpan<double> inner, int m, Span<double> outer, int n, double extraDiagonal)
    {
        outer[..(n * n)].Clear();
        for (int i = 0; i < m; i++) inner.Slice(i * m, m).CopyTo(outer.Slice(i * n, m));
        for (int i = m; i < n; i++) outer[i * n + i] = extraDiagonal;
    }
}
