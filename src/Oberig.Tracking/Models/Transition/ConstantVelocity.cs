namespace Oberig.Tracking.Models.Transition;

/// <summary>
/// Nearly constant velocity in 1, 2 or 3 axes, with continuous white-noise acceleration of spectral density q
/// (m²/s³) on each axis (Bar-Shalom, Li and Kirubarajan 2001, section 6.2.2; Stone Soup's ConstantVelocity). Per axis
/// F = [1 dt; 0 1] and Q = q [dt³/3 dt²/2; dt²/2 dt]. State [x, vx, (y, vy, (z, vz))].
/// </summary>
public sealed class ConstantVelocity : ITransitionModel, ILinearCovarianceTransition
{
    /// <param name="axes">Number of spatial axes, 1..3.</param>
    /// <param name="spectralDensity">Acceleration noise spectral density q, m²/s³ (≥ 0); a manoeuvre of a m/s² over a step dt needs roughly q ≈ a² dt.</param>
    /// <param name="speedScaleMps">When set (> 0), q is scaled by 1 + (v / scale)² with v the state's speed: faster
    /// targets can accelerate harder (turns at a given radius and drag both grow with v²).</param>
    public ConstantVelocity(int axes, double spectralDensity, double? speedScaleMps = null)
    {
        if (speedScaleMps is { } scale && (!(scale > 0) || !double.IsFinite(scale)))
            throw new ArgumentOutOfRangeException(nameof(speedScaleMps), scale, "must be finite and > 0");
        SpeedScaleMps = speedScaleMps;
        if (axes is < 1 or > 3) throw new ArgumentOutOfRangeException(nameof(axes), axes, "must be 1, 2 or 3");
        if (!(spectralDensity >= 0) || !double.IsFinite(spectralDensity))
            throw new ArgumentOutOfRangeException(nameof(spectralDensity), spectralDensity, "must be finite and >= 0");
        Axes = axes;
        SpectralDensity = spectralDensity;
    }

    public string Name => "cv";
    public int Axes { get; }
    public double SpectralDensity { get; }
    public double? SpeedScaleMps { get; }

    /// <summary>q for a state: <see cref="SpectralDensity"/>, scaled by 1 + (v / scale)² when a speed scale is set.</summary>
    public double SpectralDensityAt(ReadOnlySpan<double> x)
    {
        if (SpeedScaleMps is not { } scale) return SpectralDensity;
        double v2 = 0;
        for (int a = 0; a < Axes; a++) v2 += x[2 * a + 1] * x[2 * a + 1];
        return SpectralDensity * (1 + v2 / (scale * scale));
    }
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
        double density = SpectralDensityAt(x);
        for (int a = 0; a < Axes; a++) Blocks.ConstantVelocityQ(q, n, 2 * a, density, dt);
    }

    /// <summary>
    /// F P Fᵀ + Q in O(n²) from F's structure (F = I + dt E, E with ones at (2a, 2a+1)):
    /// (F P Fᵀ)ᵢⱼ = Pᵢⱼ + dt [i even] Pᵢ₊₁,ⱼ + dt [j even] Pᵢ,ⱼ₊₁ + dt² [i even][j even] Pᵢ₊₁,ⱼ₊₁, the same numbers the
    /// general triple product gives, without its n³ multiplications (the engine predicts every track at every scan).
    /// </summary>
    public void PropagateCovariance(ReadOnlySpan<double> mean, ReadOnlySpan<double> covariance, double dt, Span<double> result)
    {
        int n = StateDimension;
        double dt2 = dt * dt;
        for (int i = 0; i < n; i++)
        {
            bool iPosition = (i & 1) == 0;
            for (int j = 0; j < n; j++)
            {
                bool jPosition = (j & 1) == 0;
                double v = covariance[i * n + j];
                if (iPosition) v += dt * covariance[(i + 1) * n + j];
                if (jPosition) v += dt * covariance[i * n + j + 1];
                if (iPosition && jPosition) v += dt2 * covariance[(i + 1) * n + j + 1];
                result[i * n + j] = v;
            }
        }
        double density = SpectralDensityAt(mean);
        for (int a = 0; a < Axes; a++) Blocks.ConstantVelocityQ(result, n, 2 * a, density, dt);
    }
}

/// <summary>A linear transition that propagates a covariance, F P Fᵀ + Q, faster than the general product.</summary>
public interface ILinearCovarianceTransition
{
    /// <summary>Writes F P Fᵀ + Q for an interval of <paramref name="dt"/> seconds from a state with mean
    /// <paramref name="mean"/> into <paramref name="result"/> (which must not alias <paramref name="covariance"/>).</summary>
    void PropagateCovariance(ReadOnlySpan<double> mean, ReadOnlySpan<double> covariance, double dt, Span<double> result);
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
