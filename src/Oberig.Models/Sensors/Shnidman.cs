namespace Oberig.Models.Sensors;

/// <summary>
/// Shnidman's closed-form fit for Swerling 0-4 targets, square-law detector, N pulses integrated noncoherently
/// (D. A. Shnidman, "Determination of required SNR values", IEEE Trans. AES 38(3), 2002, pp. 1059-1064; also in
/// Richards, Scheer and Holm, "Principles of Modern Radar", 2010, sec. 3.8). With K = ∞, 1, N, 2, 2N for Swerling
/// 0-4, α = 0 for N &lt; 40 and 1/4 otherwise:
/// η = √(-0.8 ln(4Pfa(1-Pfa))) + sign(Pd - 0.5) √(-0.8 ln(4Pd(1-Pd))), X∞ = η(η + 2√(N/2 + α - 1/4)),
/// C1 = (((17.7006 Pd - 18.4496) Pd + 14.5339) Pd - 3.525)/K,
/// C2 = (e^(27.31 Pd - 25.14) + (Pd - 0.8)(0.7 ln(1e-5/Pfa) + (2N - 20)/80))/K,
/// C_dB = C1 for Pd ≤ 0.872, C1 + C2 above, 0 for Swerling 0; single-pulse SNR = 10^(C_dB/10) X∞ / N.
/// Stated accuracy about 0.5 dB for 0.1 ≤ Pd ≤ 0.99, 1e-9 ≤ Pfa ≤ 1e-3, 1 ≤ N ≤ 100; outside that range the
/// formula is evaluated as written (an extrapolation).
/// </summary>
public static class Shnidman
{
    /// <summary>Single-pulse SNR (dB) needed for <paramref name="pd"/>.</summary>
    public static double RequiredSnrDb(double pd, double pfa, int pulses, SwerlingCase swerling)
    {
        double n = pulses;
        double alpha = pulses < 40 ? 0 : 0.25;
        double eta = Math.Sqrt(-0.8 * Math.Log(4 * pfa * (1 - pfa)))
            + Math.Sign(pd - 0.5) * Math.Sqrt(-0.8 * LogOnePlus(-Square(2 * pd - 1))); // 4Pd(1-Pd), resolved near 0.5
        double xInf = eta * (eta + 2 * Math.Sqrt(n / 2 + alpha - 0.25));
        double k = swerling switch
        {
            SwerlingCase.Swerling0 => double.PositiveInfinity,
            SwerlingCase.Swerling1 => 1,
            SwerlingCase.Swerling2 => n,
            SwerlingCase.Swerling3 => 2,
            SwerlingCase.Swerling4 => 2 * n,
            _ => throw new ArgumentOutOfRangeException(nameof(swerling), swerling, "Swerling case must be 0 to 4"),
        };
        double cDb = 0;
        if (!double.IsPositiveInfinity(k))
        {
            cDb = (((17.7006 * pd - 18.4496) * pd + 14.5339) * pd - 3.525) / k;
            if (pd > 0.872)
                cDb += (Math.Exp(27.31 * pd - 25.14) + (pd - 0.8) * (0.7 * Math.Log(1e-5 / pfa) + (2 * n - 20) / 80)) / k;
        }
        return cDb + Decibels.FromLinear(xInf / n);
    }

    /// <summary>
    /// Detection probability at a single-pulse SNR (dB): <see cref="RequiredSnrDb"/> solved for Pd by bracketed root
    /// finding on (Pfa, 1). η vanishes at Pd = Pfa, so the fit's SNR tends to -∞ there, as the true curve does.
    /// </summary>
    public static double Pd(double snrDb, double pfa, int pulses, SwerlingCase swerling)
    {
        var f = new Inverse(snrDb, pfa, pulses, swerling);
        // Work in logit(Pd) so the root finder resolves Pd near 1 as finely as near Pfa.
        double lo = Logit(pfa), hi = Logit(1 - 1e-15);
        if (f.Evaluate(hi) <= 0) return 1 - 1e-15;
        return Logistic(RootFinder.Find(ref f, lo, hi, 1e-12));
    }

    private static double Square(double x) => x * x;

    /// <summary>ln(1 + x) accurate for small x (Goldberg's trick: the rounding of 1 + x cancels in the ratio).</summary>
    private static double LogOnePlus(double x)
    {
        double u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    private static double Logit(double p) => Math.Log(p / (1 - p));

    private static double Logistic(double u) => 1 / (1 + Math.Exp(-u));

    private readonly struct Inverse(double snrDb, double pfa, int pulses, SwerlingCase swerling) : IScalarFunction
    {
        public double Evaluate(double u)
        {
            double v = RequiredSnrDb(Logistic(u), pfa, pulses, swerling) - snrDb;
            return double.IsNaN(v) ? double.NegativeInfinity : v; // rounding put Pd a hair below Pfa: η < 0
        }
    }
}
