namespace Oberig.Tracking.Models.Transition;

/// <summary>
/// Nearly constant velocity in 1, 2 or 3 axes, with continuous white-noise acceleration of spectral density q
/// (m²/s³) on each axis (Bar-Shalom, Li and Kirubarajan 2001, section 6.2.2; Stone Soup's ConstantVelocity). Per axis
/// F = [1 dt; 0 1] and Q = q [dt³/3 dt²/2; dt²/2 dt]. State [x, vx, (y, vy, (z, vz))].
/// </summary>
public sealed class ConstantVelocity : ITransitionModel
{
    /// <param name="axes">Number of spatial axes, 1..3.</param>
    /// <param name="spectralDensity">Acceleration noise spectral density q, m²/s³ (≥ 0); a manoeuvre of a m/s² over a step dt needs roughly q ≈ a² dt.</param>
    public ConstantVelocity(int axes, double spectralDensity)
    {
        if (axes is < 1 or > 3) throw new ArgumentOutOfRangeException(nameof(axes), axes, "must be 1, 2 or 3");
        if (!(spectralDensity >= 0) || !double.IsFinite(spectralDensity))
            throw new ArgumentOutOfRangeException(nameof(spectralDensity), spectralDensity, "must be finite and >= 0");
        Axes = axes;
        SpectralDensity = spectralDensity;
    }

    public string Name => "cv";
    public int Axes { get; }
    public double SpectralDensity { get; }
    public int StateDimension => 2 * Axes;
    public bool IsLinear => true;

    public void Function(ReadOnlySpan<double> x, double dt, Span<double> result)
    {
        for (int a = 0; a < Axes; a++)
        {
            int i = 2 * a;
            result[i] = x[i] + dt * x[i + 1];
            result[i + 1] = x[i + 1];
        }
    }

    public void Jacobian(ReadOnlySpan<double> x, double dt, Span<double> jacobian) => Blocks.ConstantVelocityF(jacobian, StateDimension, Axes, 0, dt);

    public void ProcessNoise(ReadOnlySpan<double> x, double dt, Span<double> q)
    {
        int n = StateDimension;
        q[..(n * n)].Clear();
        for (int a = 0; a < Axes; a++) Blocks.ConstantVelocityQ(q, n, 2 * a, SpectralDensity, dt);
    }
}

/// <summary>Shared 2x2 blocks of the kinematic models.</summary>
internal static class Blocks
{
    /// <summary>Writes an n x n identity with [1 dt; 0 1] blocks on the first <paramref name="axes"/> position-velocity pairs from index <paramref name="first"/>.</summary>
    public static void ConstantVelocityF(Span<double> f, int n, int axes, int first, double dt)
    {
        f[..(n * n)].Clear();
        for (int i = 0; i < n; i++) f[i * n + i] = 1.0;
        for (int a = 0; a < axes; a++)
        {
            int i = first + 2 * a;
            f[i * n + i + 1] = dt;
        }
    }

    /// <summary>Adds q [dt³/3 dt²/2; dt²/2 dt] at rows/columns i, i+1 of the n x n matrix.</summary>
    public static void ConstantVelocityQ(Span<double> m, int n, int i, double q, double dt)
    {
        double dt2 = dt * dt;
        m[i * n + i] += q * dt2 * dt / 3.0;
        m[i * n + i + 1] += q * dt2 / 2.0;
        m[(i + 1) * n + i] += q * dt2 / 2.0;
        m[(i + 1) * n + i + 1] += q * dt;
    }
}
