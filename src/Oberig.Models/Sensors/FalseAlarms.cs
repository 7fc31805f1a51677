using Oberig.Core.Random;
using Oberig.Scenario.Catalog;

namespace Oberig.Models.Sensors;

/// <summary>
/// False alarms of a scanning radar: each resolution cell crossed by a threshold in one scan is an independent trial
/// with probability Pfa, so the count per scan is binomial, and Poisson with mean Pfa × cells to excellent accuracy.
/// </summary>
public static class FalseAlarms
{
    /// <summary>
    /// Resolution cells searched per scan: range cells (instrumented range / (c τ/2)) × azimuth cells (360° / beamwidth)
    /// × elevation cells ((max - min elevation) / beamwidth, at least one), with the beamwidth of <see cref="Beam"/>.
    /// Cell counts are not rounded (a fractional cell is part of one).
    /// </summary>
    public static double ResolutionCellsPerScan(SensorType sensor)
    {
        double rangeCells = sensor.InstrumentedRangeM / Beam.RangeResolutionM(sensor);
        double beam = Beam.WidthRad(sensor);
        double azimuthCells = 2 * Math.PI / beam;
        double elevationSpan = (sensor.MaxElevationDeg - sensor.MinElevationDeg) * Math.PI / 180;
        double elevationCells = Math.Max(1, elevationSpan / beam);
        return rangeCells * azimuthCells * elevationCells;
    }

    /// <summary>Expected false alarms per scan: Pfa × cells.</summary>
    public static double ExpectedPerScan(double pfa, double cells) => pfa * cells;

    public static double ExpectedPerScan(SensorType sensor, double pfa) => pfa * ResolutionCellsPerScan(sensor);

    /// <summary>
    /// A Poisson count with the given mean, drawn from <paramref name="random"/>. Means below 30: inversion by
    /// sequential search (one uniform); above: Hörmann's transformed rejection with squeeze, PTRS ("The transformed
    /// rejection method for generating Poisson random variables", Insurance: Mathematics and Economics 12, 1993).
    /// </summary>
    public static int DrawPoisson(RandomStream random, double mean)
    {
        if (!(mean >= 0) || double.IsInfinity(mean)) throw new ArgumentOutOfRangeException(nameof(mean), mean, "must be finite and >= 0");
        if (mean == 0) return 0;
        return mean < 30 ? BySearch(random, mean) : ByTransformedRejection(random, mean);
    }

    private static int BySearch(RandomStream random, double mean)
    {
        double u = random.NextDouble();
        double p = Math.Exp(-mean), cumulative = p;
        int k = 0;
        while (u > cumulative && k < 1000)
        {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    private static int ByTransformedRejection(RandomStream random, double mean)
    {
        double slam = Math.Sqrt(mean), logLam = Math.Log(mean);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true)
        {
            double u = random.NextDouble() - 0.5, v = random.NextDouble();
            double us = 0.5 - Math.Abs(u);
            double k = Math.Floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) return (int)k;
            if (k < 0 || (us < 0.013 && v > us)) continue;
            if (Math.Log(v) + Math.Log(invAlpha) - Math.Log(a / (us * us) + b)
                <= -mean + k * logLam - MathNet.Numerics.SpecialFunctions.GammaLn(k + 1))
                return (int)k;
        }
    }
}
