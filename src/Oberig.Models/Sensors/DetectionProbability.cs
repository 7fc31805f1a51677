namespace Oberig.Models.Sensors;

/// <summary>
/// Detection probability and required SNR of a noncoherently integrating square-law (or, for Albersheim, linear)
/// detector, by any <see cref="DetectionMethod"/>. SNR is the mean single-pulse SNR in dB, before integration.
/// For many evaluations at one (Pfa, pulses), build a <see cref="SquareLawDetector"/> once instead.
/// </summary>
public static class DetectionProbability
{
    /// <summary>Detection probability at a single-pulse SNR (dB).</summary>
    public static double Pd(double snrDb, double pfa, int pulses, SwerlingCase swerling,
        DetectionMethod method = DetectionMethod.Exact)
    {
        Check(pfa, pulses, swerling, method);
        return method switch
        {
            DetectionMethod.Albersheim => Albersheim.Pd(snrDb, pfa, pulses),
            DetectionMethod.Shnidman => Shnidman.Pd(snrDb, pfa, pulses, swerling),
            _ => new SquareLawDetector(pfa, pulses).Pd(Decibels.ToLinear(snrDb), swerling),
        };
    }

    /// <summary>
    /// Single-pulse SNR (dB) needed for <paramref name="pd"/>: closed form for Albersheim and Shnidman; for the exact
    /// method, bracketed root finding on the exact Pd (started at Shnidman's value, solved to 1e-9 dB).
    /// </summary>
    public static double RequiredSnrDb(double pd, double pfa, int pulses, SwerlingCase swerling,
        DetectionMethod method = DetectionMethod.Exact)
    {
        Check(pfa, pulses, swerling, method);
        if (!(pd > pfa && pd < 1)) throw new ArgumentOutOfRangeException(nameof(pd), pd, "must be in (Pfa, 1)");
        return method switch
        {
            DetectionMethod.Albersheim => Albersheim.RequiredSnrDb(pd, pfa, pulses),
            DetectionMethod.Shnidman => Shnidman.RequiredSnrDb(pd, pfa, pulses, swerling),
            _ => ExactRequiredSnrDb(new SquareLawDetector(pfa, pulses), pd, swerling),
        };
    }

    /// <summary>Exact single-pulse SNR (dB) at which <paramref name="detector"/> reaches <paramref name="pd"/>.</summary>
    public static double ExactRequiredSnrDb(SquareLawDetector detector, double pd, SwerlingCase swerling)
    {
        if (!(pd > detector.Pfa && pd < 1)) throw new ArgumentOutOfRangeException(nameof(pd), pd, "must be in (Pfa, 1)");
        var f = new PdMinus(detector, pd, swerling);
        double guess = Shnidman.RequiredSnrDb(pd, detector.Pfa, detector.Pulses, swerling);
        if (!double.IsFinite(guess)) guess = 0;
        double lo = guess - 3, hi = guess + 3;
        while (f.Evaluate(lo) > 0 && lo > -200) lo -= 10;
        while (f.Evaluate(hi) < 0 && hi < 300) hi += 10;
        return RootFinder.Find(ref f, lo, hi, 1e-9);
    }

    private static void Check(double pfa, int pulses, SwerlingCase swerling, DetectionMethod method)
    {
        if (!(pfa > 0 && pfa < 1)) throw new ArgumentOutOfRangeException(nameof(pfa), pfa, "must be in (0, 1)");
        if (pulses < 1) throw new ArgumentOutOfRangeException(nameof(pulses), pulses, "must be at least 1");
        if (swerling is < SwerlingCase.Swerling0 or > SwerlingCase.Swerling4)
            throw new ArgumentOutOfRangeException(nameof(swerling), swerling, "Swerling case must be 0 to 4");
        if (method == DetectionMethod.Albersheim && swerling != SwerlingCase.Swerling0)
            throw new ArgumentException("Albersheim's equation is for a steady target (Swerling 0) only", nameof(method));
    }

    private readonly struct PdMinus(SquareLawDetector detector, double pd, SwerlingCase swerling) : IScalarFunction
    {
        public double Evaluate(double snrDb) => detector.Pd(Decibels.ToLinear(snrDb), swerling) - pd;
    }
}
