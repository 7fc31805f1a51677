namespace Oberig.Tracking.Models.Transition;

/// <summary>
/// Coordinated turn in the horizontal plane at turn rate ω (rad/s, positive counter-clockwise seen from above:
/// east towards north), optionally with nearly constant velocity on the vertical axis (Bar-Shalom, Li and
/// Kirubarajan 2001, section 11.7). With a known ω the model is linear, state [x, vx, y, vy(, z, vz)]; with an
/// estimated ω it is the nonlinear 5- or 7-state model [x, vx, y, vy(, z, vz), ω] with ω a random walk.
/// </summary>
/// <remarks>
/// Horizontal process noise uses the constant-velocity Q blocks of spectral density q (the usual approximation); the
/// turn rate diffuses with spectral density qω (rad²/s³), so Q_ωω = qω dt.
/// </remarks>
public sealed class CoordinatedTurn : ITransitionModel
{
    private const double SmallAngle = 1e-3;

    private CoordinatedTurn(bool vertical, bool estimated, double turnRate, double spectralDensity, double turnRateSpectralDensity)
    {
        if (!(spectralDensity >= 0) || !double.IsFinite(spectralDensity))
            throw new ArgumentOutOfRangeException(nameof(spectralDensity), spectralDensity, "must be finite and >= 0");
        if (!(turnRateSpectralDensity >= 0) || !double.IsFinite(turnRateSpectralDensity))
            throw new ArgumentOutOfRangeException(nameof(turnRateSpectralDensity), turnRateSpectralDensity, "must be finite and >= 0");
        if (!double.IsFinite(turnRate)) throw new ArgumentOutOfRangeException(nameof(turnRate), turnRate, "must be finite");
        Vertical = vertical;
        EstimatesTurnRate = estimated;
        TurnRate = turnRate;
        SpectralDensity = spectralDensity;
        TurnRateSpectralDensity = turnRateSpectralDensity;
        StateDimension = (vertical ? 6 : 4) + (estimated ? 1 : 0);
    }

    /// <summary>Turn at a fixed, known rate ω (rad/s): linear, 4 states (6 with <paramref name="vertical"/>).</summary>
    public static CoordinatedTurn WithKnownRate(double turnRate, double spectralDensity, bool vertical = true) =>
        new(vertical, estimated: false, turnRate, spectralDensity, 0.0);

    /// <summary>Turn at a rate estimated as the last state: nonlinear, 5 states (7 with <paramref name="vertical"/>).</summary>
    public static CoordinatedTurn WithEstimatedRate(double spectralDensity, double turnRateSpectralDensity, bool vertical = true) =>
        new(vertical, estimated: true, 0.0, spectralDensity, turnRateSpectralDensity);

    public string Name => "ct";
    public bool Vertical { get; }
    public bool EstimatesTurnRate { get; }

    /// <summary>The fixed turn rate when not estimated, rad/s.</summary>
    public double TurnRate { get; }

    public double SpectralDensity { get; }
    public double TurnRateSpectralDensity { get; }
    public int StateDimension { get; }
    public bool IsLinear => !EstimatesTurnRate;

    /// <summary>Index of ω in the state when estimated.</summary>
    public int TurnRateIndex => StateDimension - 1;

    private double Omega(ReadOnlySpan<double> x) => EstimatesTurnRate ? x[TurnRateIndex] : TurnRate;

    /// <summary>sin(ωT)/ω, (1 − cos ωT)/ω and their derivatives in ω, with series near ω = 0.</summary>
    private static void Coefficients(double w, double t, out double s, out double c, out double a, out double b, out double da, out double db)
    {
        double wt = w * t;
        s = Math.Sin(wt);
        c = Math.Cos(wt);
        if (Math.Abs(wt) < SmallAngle)
        {
            double wt2 = wt * wt, t2 = t * t;
            a = t * (1.0 - wt2 / 6.0);
            b = w * t2 * 0.5 * (1.0 - wt2 / 12.0);
            da = -w * t2 * t / 3.0 * (1.0 - wt2 / 10.0);
            db = t2 * 0.5 * (1.0 - wt2 / 4.0);
        }
        else
        {
            a = s / w;
            b = (1.0 - c) / w;
            da = (t * c * w - s) / (w * w);
            db = (t * s * w - (1.0 - c)) / (w * w);
        }
    }

    public void Function(ReadOnlySpan<double> x, double dt, Span<double> result)
    {
        double w = Omega(x);
        Coefficients(w, dt, out double s, out double c, out double a, out double b, out _, out _);
        double vx = x[1], vy = x[3];
        result[0] = x[0] + a * vx - b * vy;
        result[1] = c * vx - s * vy;
        result[2] = x[2] + b * vx + a * vy;
        result[3] = s * vx + c * vy;
        if (Vertical)
        {
            result[4] = x[4] + dt * x[5];
            result[5] = x[5];
        }
        if (EstimatesTurnRate) result[TurnRateIndex] = w;
    }

    public void Jacobian(ReadOnlySpan<double> x, double dt, Span<double> jacobian)
    {
        int n = StateDimension;
        Blocks.ConstantVelocityF(jacobian, n, Vertical ? 3 : 2, 0, dt);
        double w = Omega(x);
        Coefficients(w, dt, out double s, out double c, out double a, out double b, out double da, out double db);
        jacobian[0 * n + 1] = a; jacobian[0 * n + 3] = -b;
        jacobian[1 * n + 1] = c; jacobian[1 * n + 3] = -s;
        jacobian[2 * n + 1] = b; jacobian[2 * n + 3] = a;
        jacobian[3 * n + 1] = s; jacobian[3 * n + 3] = c;
        if (!EstimatesTurnRate) return;
        double vx = x[1], vy = x[3];
        int k = TurnRateIndex;
        jacobian[0 * n + k] = da * vx - db * vy;
        jacobian[1 * n + k] = -dt * (s * vx + c * vy);
        jacobian[2 * n + k] = db * vx + da * vy;
        jacobian[3 * n + k] = dt * (c * vx - s * vy);
    }

    public void ProcessNoise(ReadOnlySpan<double> x, double dt, Span<double> q)
    {
        int n = StateDimension;
        q[..(n * n)].Clear();
        Blocks.ConstantVelocityQ(q, n, 0, SpectralDensity, dt);
        Blocks.ConstantVelocityQ(q, n, 2, SpectralDensity, dt);
        if (Vertical) Blocks.ConstantVelocityQ(q, n, 4, SpectralDensity, dt);
        if (EstimatesTurnRate) q[TurnRateIndex * n + TurnRateIndex] = TurnRateSpectralDensity * dt;
    }
}
