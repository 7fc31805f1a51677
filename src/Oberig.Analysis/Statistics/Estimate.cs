using MathNet.Numerics.Distributions;

namespace Oberig.Analysis.Statistics;

/// <summary>
/// A mean over replications with its 95 % confidence interval (Student's t, n - 1 degrees of freedom).
/// With one replication the interval collapses to the value: there is no spread to estimate.
/// </summary>
public sealed record Estimate(double Mean, double Low, double High, double StandardDeviation, int Count)
{
    public const double ConfidenceLevel = 0.95;

    public static Estimate Of(IReadOnlyList<double> values)
    {
        int n = values.Count;
        if (n == 0) return new Estimate(0, 0, 0, 0, 0);
        // Summed in replication order, so the figures are bit-identical whatever thread produced each value.
        double sum = 0;
        for (int i = 0; i < n; i++) sum += values[i];
        double mean = sum / n;
        if (n == 1) return new Estimate(mean, mean, mean, 0, 1);
        double squares = 0;
        for (int i = 0; i < n; i++) squares += (values[i] - mean) * (values[i] - mean);
        double sd = Math.Sqrt(squares / (n - 1));
        double halfWidth = StudentT.InvCDF(0, 1, n - 1, 0.5 + ConfidenceLevel / 2) * sd / Math.Sqrt(n);
        return new Estimate(mean, mean - halfWidth, mean + halfWidth, sd, n);
    }
}
