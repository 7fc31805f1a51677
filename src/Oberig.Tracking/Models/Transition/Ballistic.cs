namespace Oberig.Tracking.Models.Transition;

/// <summary>
/// Ballistic flight in a local east-north-up frame: 3D nearly constant velocity plus a constant acceleration −g on
/// the up axis, f(x, dt) = F x + [0, 0, 0, 0, −g dt²/2, −g dt], with the constant-velocity Q of spectral density q
/// on each axis. State [x, vx, y, vy, z, vz]. Affine, so the plain Kalman predictor is exact. Drag is not modelled
/// (a re-entry vehicle's ballistic coefficient would become a seventh state).
/// </summary>
public sealed class Ballistic : ITransitionModel
{
    /// <summary>Standard gravity, m/s² (CGPM 1901), the default for <see cref="Gravity"/>.</summary>
    public const double StandardGravity = 9.80665;

    /// <param name="spectralDensity">Acceleration noise spectral density q, m²/s³, on each axis.</param>
    /// <param name="gravity">Downward acceleration g, m/s²; default standard gravity.</param>
    public Ballistic(double spectralDensity, double gravity = StandardGravity)
    {
        if (!(spectralDensity >= 0) || !double.IsFinite(spectralDensity))
            throw new ArgumentOutOfRangeException(nameof(spectralDensity), spectralDensity, "must be finite and >= 0");
        if (!(gravity >= 0) || !double.IsFinite(gravity)) throw new ArgumentOutOfRangeException(nameof(gravity), gravity, "must be finite and >= 0");
        SpectralDensity = spectralDensity;
        Gravity = gravity;
    }

    public string Name => "ballistic";
    public double SpectralDensity { get; }
    public double Gravity { get; }
    public int StateDimension => 6;
    public bool IsLinear => true;

    public void Function(ReadOnlySpan<double> x, double dt, Span<double> result)
    {
        result[0] = x[0] + dt * x[1]; result[1] = x[1];
        result[2] = x[2] + dt * x[3]; result[3] = x[3];
        result[4] = x[4] + dt * x[5] - 0.5 * Gravity * dt * dt;
        result[5] = x[5] - Gravity * dt;
    }

    public void Jacobian(ReadOnlySpan<double> x, double dt, Span<double> jacobian) => Blocks.ConstantVelocityF(jacobian, 6, 3, 0, dt);

    public void ProcessNoise(ReadOnlySpan<double> x, double dt, Span<double> q)
    {
        q[..36].Clear();
        for (int a = 0; a < 3; a++) Blocks.ConstantVelocityQ(q, 6, 2 * a, SpectralDensity, dt);
    }
}
