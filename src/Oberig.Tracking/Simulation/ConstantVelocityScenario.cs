using Oberig.Core.Numerics;
using Oberig.Core.Random;
using Oberig.Tracking.Recorded;

namespace Oberig.Tracking.Simulation;

/// <summary>
/// Options of the standard tracking benchmark (issue 3): 2-D nearly-constant-velocity targets on a square whose side
/// grows with the target count so the density stays constant, detected with probability Pd, with Gaussian position
/// noise and Poisson clutter spread uniformly over the square, one scan a second. Defaults follow Stone Soup's
/// multi-target tutorial (q = 0.005 m²/s³, unit measurement noise) so the same files can be fed to both trackers.
/// </summary>
public sealed record ConstantVelocityScenarioOptions
{
    public int Targets { get; init; } = 100;
    public int Scans { get; init; } = 100;
    public double ScanPeriodS { get; init; } = 1.0;
    public double DetectionProbability { get; init; } = 0.9;
    /// <summary>Mean clutter detections per scan over the whole square.</summary>
    public double ClutterPerScan { get; init; } = 10;
    /// <summary>Process noise spectral density of the white-noise acceleration, m²/s³.</summary>
    public double ProcessNoise { get; init; } = 0.005;
    /// <summary>Standard deviation of each position coordinate of a detection, m.</summary>
    public double MeasurementSigmaM { get; init; } = 1.0;
    /// <summary>Area per target, m²: the square's side is sqrt(Targets * AreaPerTargetM2).</summary>
    public double AreaPerTargetM2 { get; init; } = 200.0 * 200.0;
    public double MaxInitialSpeedMps { get; init; } = 1.0;
    public ulong Seed { get; init; } = 1;

    public double SideM => Math.Sqrt(Targets * AreaPerTargetM2);

    /// <summary>Each problem as (option name, message); empty when the options are usable.</summary>
    public IEnumerable<(string Option, string Message)> Problems()
    {
        if (Targets < 1) yield return ("targets", $"{Targets} is not allowed (at least 1)");
        if (Scans < 1) yield return ("scans", $"{Scans} is not allowed (at least 1)");
        if (!(ScanPeriodS > 0)) yield return ("scan-period", $"{ScanPeriodS} is not allowed (more than 0)");
        if (!(DetectionProbability is > 0 and <= 1)) yield return ("pd", $"{DetectionProbability} is not allowed (more than 0, at most 1)");
        if (!(ClutterPerScan >= 0)) yield return ("clutter", $"{ClutterPerScan} is not allowed (0 or more)");
        if (!(ProcessNoise >= 0)) yield return ("q", $"{ProcessNoise} is not allowed (0 or more)");
        if (!(MeasurementSigmaM > 0)) yield return ("noise", $"{MeasurementSigmaM} is not allowed (more than 0)");
    }
}

/// <summary>Generates the benchmark's truth and detections; a pure function of the options (seed included).</summary>
public static class ConstantVelocityScenario
{
    public static (List<TruthPoint> Truth, List<RecordedDetection> Detections) Generate(ConstantVelocityScenarioOptions o)
    {
        var motion = RandomStreams.For(o.Seed, 0, "cv-benchmark:motion");
        var sensing = RandomStreams.For(o.Seed, 0, "cv-benchmark:sensing");
        double side = o.SideM, dt = o.ScanPeriodS;
        var position = new (double X, double Y)[o.Targets];
        var velocity = new (double X, double Y)[o.Targets];
        for (int i = 0; i < o.Targets; i++)
        {
            position[i] = (motion.NextDouble(0, side), motion.NextDouble(0, side));
            double speed = o.MaxInitialSpeedMps * Math.Sqrt(motion.NextDouble()), heading = 2 * Math.PI * motion.NextDouble();
            velocity[i] = (speed * Math.Cos(heading), speed * Math.Sin(heading));
        }

        // Exact discretisation of white-noise acceleration: per axis, [x, v] gets noise with covariance
        // q [dt³/3, dt²/2; dt²/2, dt], drawn through its Cholesky factor.
        double q11 = o.ProcessNoise * dt * dt * dt / 3, q12 = o.ProcessNoise * dt * dt / 2, q22 = o.ProcessNoise * dt;
        double l11 = Math.Sqrt(q11), l21 = q11 > 0 ? q12 / l11 : 0, l22 = Math.Sqrt(Math.Max(q22 - l21 * l21, 0));

        var truth = new List<TruthPoint>(o.Targets * o.Scans);
        var detections = new List<RecordedDetection>((int)(o.Targets * o.Scans * o.DetectionProbability) + 16);
        for (int k = 0; k < o.Scans; k++)
        {
            double t = k * dt;
            if (k > 0)
                for (int i = 0; i < o.Targets; i++)
                {
                    (position[i].X, velocity[i].X) = Step(position[i].X, velocity[i].X, dt, l11, l21, l22, motion);
                    (position[i].Y, velocity[i].Y) = Step(position[i].Y, velocity[i].Y, dt, l11, l21, l22, motion);
                }
            for (int i = 0; i < o.Targets; i++)
            {
                truth.Add(new TruthPoint(t, "t" + i, new Vec3(position[i].X, position[i].Y, 0)));
                if (sensing.NextDouble() < o.DetectionProbability)
                    detections.Add(new RecordedDetection(t, new Vec3(
                        sensing.NextGaussian(position[i].X, o.MeasurementSigmaM),
                        sensing.NextGaussian(position[i].Y, o.MeasurementSigmaM), 0), null));
            }
            int clutter = Poisson(o.ClutterPerScan, sensing);
            for (int c = 0; c < clutter; c++)
                detections.Add(new RecordedDetection(t, new Vec3(sensing.NextDouble(0, side), sensing.NextDouble(0, side), 0), null));
        }
        return (truth, detections);
    }

    private static (double X, double V) Step(double x, double v, double dt, double l11, double l21, double l22, RandomStream r)
    {
        double n1 = r.NextGaussian(), n2 = r.NextGaussian();
        return (x + v * dt + l11 * n1, v + l21 * n1 + l22 * n2);
    }

    /// <summary>Poisson deviate: Knuth's product method for small means, a rounded normal above 50 (clutter counts).</summary>
    internal static int Poisson(double mean, RandomStream r)
    {
        if (mean <= 0) return 0;
        if (mean > 50) return Math.Max(0, (int)Math.Round(r.NextGaussian(mean, Math.Sqrt(mean))));
        double limit = Math.Exp(-mean), product = r.NextDouble();
        int n = 0;
        while (product > limit) { n++; product *= r.NextDouble(); }
        return n;
    }
}
