namespace Oberig.Campaign.Results;

/// <summary>
/// A figure over replications: its mean, and the band holding the middle 95 % of replications (the 2.5th and 97.5th
/// percentiles, linear between order statistics) — where one campaign's outcome is likely to fall, not the
/// uncertainty of the mean.
/// </summary>
public readonly record struct Band(double Mean, double Low, double High)
{
    public static Band Of(ReadOnlySpan<double> values)
    {
        if (values.Length == 0) return new Band(double.NaN, double.NaN, double.NaN);
        var sorted = values.ToArray();
        Array.Sort(sorted);
        double sum = 0;
        foreach (double v in sorted) sum += v;
        return new Band(sum / sorted.Length, Percentile(sorted, 0.025), Percentile(sorted, 0.975));
    }

    public static Band Of<T>(IReadOnlyList<T> items, Func<T, double> value)
    {
        var values = new double[items.Count];
        for (int k = 0; k < values.Length; k++) values[k] = value(items[k]);
        return Of(values);
    }

    /// <summary>Percentile <paramref name="q"/> of sorted values, interpolated between order statistics (the
    /// "type 7" definition of Hyndman and Fan, R's and NumPy's default).</summary>
    public static double Percentile(double[] sorted, double q)
    {
        double h = (sorted.Length - 1) * q;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
