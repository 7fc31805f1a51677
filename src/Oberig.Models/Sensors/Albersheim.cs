namespace Oberig.Models.Sensors;

/// <summary>
/// Albersheim's closed-form fit for a steady (Swerling 0) target, linear envelope detector, N pulses integrated
/// noncoherently (W. J. Albersheim, "A closed-form approximation to Robertson's detection characteristics",
/// Proc. IEEE 69(7), 1981, p. 839):
/// SNR_dB = -5 log10 N + (6.2 + 4.54/√(N + 0.44)) log10(A + 0.12AB + 1.7B), A = ln(0.62/Pfa), B = ln(Pd/(1-Pd)).
/// Stated error under 0.2 dB for 0.1 ≤ Pd ≤ 0.9, 1e-7 ≤ Pfa ≤ 1e-3, 1 ≤ N ≤ 8096. The SNR is per pulse.
/// </summary>
public static class Albersheim
{
    /// <summary>Single-pulse SNR (dB) needed for <paramref name="pd"/>.</summary>
    public static double RequiredSnrDb(double pd, double pfa, int pulses)
    {
        double a = Math.Log(0.62 / pfa), b = Math.Log(pd / (1 - pd));
        return -5 * Math.Log10(pulses) + Slope(pulses) * Math.Log10(a + 0.12 * a * b + 1.7 * b);
    }

    /// <summary>Detection probability at a single-pulse SNR (dB): the same equation solved for B.</summary>
    public static double Pd(double snrDb, double pfa, int pulses)
    {
        double a = Math.Log(0.62 / pfa);
        double z = (snrDb + 5 * Math.Log10(pulses)) / Slope(pulses);
        double b = (Math.Pow(10, z) - a) / (1.7 + 0.12 * a);
        return 1 / (1 + Math.Exp(-b));
    }

    private static double Slope(int pulses) => 6.2 + 4.54 / Math.Sqrt(pulses + 0.44);
}
