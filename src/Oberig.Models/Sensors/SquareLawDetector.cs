namespace Oberig.Models.Sensors;

/// <summary>
/// A square-law detector that sums <see cref="Pulses"/> pulses noncoherently and compares the sum with the threshold
/// that gives <see cref="Pfa"/> in noise alone; computes the exact detection probability of each Swerling target.
/// Build it once per (Pfa, pulses): the threshold needs an iterative inversion, <see cref="Pd"/> then allocates
/// nothing and costs a few incomplete gamma evaluations.
/// </summary>
/// <remarks>
/// Model: each pulse is matched-filtered; the noise is complex Gaussian of unit power, so a pulse's square-law output
/// is |s + n|² with E|n|² = 1 and the single-pulse SNR is |s|². Noise alone, the sum of N outputs is gamma(N, 1)
/// distributed and the threshold T solves Q(N, T) = Pfa (Q the regularized upper incomplete gamma function). With x̄
/// the mean single-pulse SNR (DiFranco and Rubin, "Radar Detection", 1968, ch. 10-11; Meyer and Mayer, "Radar Target
/// Detection", 1973; the forms below are derived from the sum's moment generating function):
/// <list type="bullet">
/// <item>Swerling 0: Pd = Q_N(√(2Nx̄), √(2T)), the generalized Marcum Q (see <see cref="MarcumQ"/>).</item>
/// <item>Swerling 1: Pd = Q(N-1, T) + (1 + 1/(Nx̄))^(N-1) P(N-1, T/(1 + 1/(Nx̄))) e^(-T/(1+Nx̄)); N = 1 gives
/// Pfa^(1/(1+x̄)).</item>
/// <item>Swerling 2: Pd = Q(N, T/(1 + x̄)).</item>
/// <item>Swerling 3: with g = 1 + Nx̄/2 and r = 1 - 1/g, Pd = Q(N-2, T) + r^-(N-2) e^(-T/g) [(1 + T/g) P(N-2, rT)
/// - (N-2)/(g r) P(N-1, rT)]; N = 2 gives (1 + T/g) e^(-T/g); N = 1 is Swerling 4 with one pulse.</item>
/// <item>Swerling 4: each pulse is a mixture of gamma(1, β) and gamma(2, β), β = 1 + x̄/2, so with p = 1/β
/// Pd = Σₖ C(N, k) p^(N-k) (1-p)^k Q(N + k, T/β), k = 0..N, all terms positive.</item>
/// </list>
/// Products of huge and tiny factors are formed in logarithms. Accuracy about 1e-13 absolute.
/// </remarks>
public readonly struct SquareLawDetector
{
    public double Pfa { get; }
    public int Pulses { get; }

    /// <summary>Threshold on the sum of the pulses' square-law outputs, in units of the single-pulse noise power.</summary>
    public double Threshold { get; }

    public SquareLawDetector(double pfa, int pulses)
    {
        if (!(pfa > 0 && pfa < 1)) throw new ArgumentOutOfRangeException(nameof(pfa), pfa, "must be in (0, 1)");
        if (pulses < 1) throw new ArgumentOutOfRangeException(nameof(pulses), pulses, "must be at least 1");
        Pfa = pfa;
        Pulses = pulses;
        Threshold = IncompleteGamma.InverseQ(pulses, pfa);
    }

    /// <summary>Detection probability for a mean single-pulse SNR (linear power ratio, not dB).</summary>
    public double Pd(double snr, SwerlingCase swerling)
    {
        if (double.IsNaN(snr)) return double.NaN;
        int n = Pulses;
        double t = Threshold;
        if (snr <= 0) return IncompleteGamma.Q(n, t);
        if (double.IsPositiveInfinity(snr)) return 1;
        double pd = swerling switch
        {
            SwerlingCase.Swerling0 => MarcumQ.NoncentralGammaSurvival(n, n * snr, t),
            SwerlingCase.Swerling1 => Swerling1(n, snr, t),
            SwerlingCase.Swerling2 => IncompleteGamma.Q(n, t / (1 + snr)),
            SwerlingCase.Swerling3 => Swerling3(n, snr, t),
            SwerlingCase.Swerling4 => Swerling4(n, snr, t),
            _ => throw new ArgumentOutOfRangeException(nameof(swerling), swerling, "Swerling case must be 0 to 4"),
        };
        return Math.Clamp(pd, 0, 1);
    }

    private static double Swerling1(int n, double snr, double t)
    {
        if (n == 1) return Math.Exp(-t / (1 + snr));
        int a = n - 1;
        double nx = n * snr;
        double r = nx / (1 + nx);
        return IncompleteGamma.Q(a, t) + Math.Exp(-t / (1 + nx) - a * Math.Log(r) + IncompleteGamma.LogP(a, r * t));
    }

    private static double Swerling3(int n, double snr, double t)
    {
        if (n == 1) return Swerling4(1, snr, t);
        double g = 1 + n * snr / 2;
        if (n == 2) return (1 + t / g) * Math.Exp(-t / g);
        int a = n - 2;
        double r = (n * snr / 2) / g;
        double x = r * t;
        double logPa = IncompleteGamma.LogP(a, x);
        double ratio = Math.Exp(IncompleteGamma.LogP(a + 1, x) - logPa); // P(a+1, x) / P(a, x), in (0, 1)
        double bracket = (1 + t / g) - a / (g * r) * ratio;
        return IncompleteGamma.Q(a, t) + bracket * Math.Exp(-t / g - a * Math.Log(r) + logPa);
    }

    private static double Swerling4(int n, double snr, double t)
    {
        double beta = 1 + snr / 2;
        double logP = -Math.Log(beta);                 // ln p, p = 1/β
        double logQ = Math.Log(snr / 2) - Math.Log(beta); // ln(1 - p), without cancellation
        double x = t / beta;
        double logW = n * logP;                        // ln C(n, 0) p^n
        double q = IncompleteGamma.Q(n, x), step = IncompleteGamma.Step(n, x);
        double sum = 0;
        for (int k = 0; k <= n; k++)
        {
            if (logW > -745) sum += Math.Exp(logW) * q;
            q += step;
            step *= x / (n + k + 1);
            logW += Math.Log((double)(n - k) / (k + 1)) + logQ - logP;
        }
        return sum;
    }
}
