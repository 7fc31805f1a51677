namespace Oberig.Tracking.Models.Transition;

/// <summary>
/// How a state moves over a time step dt (seconds): x' = f(x, dt) + w, w ~ N(0, Q(dt)). State vectors interleave
/// position and velocity per axis, as Stone Soup does: [x, vx] in 1D, [x, vx, y, vy] in 2D, [x, vx, y, vy, z, vz] in
/// 3D, extra states (a turn rate) last. Axes are a local east-north-up frame. Matrices are row-major n x n spans.
/// </summary>
public interface ITransitionModel
{
    /// <summary>Name a scenario uses to pick this model ("cv", "ct", "ballistic", ...).</summary>
    string Name { get; }

    /// <summary>State dimension n.</summary>
    int StateDimension { get; }

    /// <summary>
    /// True when f is affine, f(x, dt) = F(dt) x + b(dt), with a Jacobian that does not depend on x: a plain Kalman
    /// predictor is then exact.
    /// </summary>
    bool IsLinear { get; }

    /// <summary>result = f(x, dt). result must not alias x.</summary>
    void Function(ReadOnlySpan<double> x, double dt, Span<double> result);

    /// <summary>jacobian = ∂f/∂x at x (n x n); for a linear model the transition matrix F(dt), whatever x.</summary>
    void Jacobian(ReadOnlySpan<double> x, double dt, Span<double> jacobian);

    /// <summary>q = Q(dt) (n x n), which may depend on the state (e.g. a turn rate).</summary>
    void ProcessNoise(ReadOnlySpan<double> x, double dt, Span<double> q);
}
