using Oberig.Scenario.Catalog;

namespace Oberig.Models.Threats;

/// <summary>
/// The figures a <see cref="WeavingFlight"/> needs, SI units: the amplitude a of the lateral acceleration a·cos ωτ, its
/// period 2π/ω, and the ground range to the aim point inside which the weave is flown. Build them from a catalog entry
/// with <see cref="From"/>, which validates them once.
/// </summary>
public readonly record struct WeaveParameters(double AccelerationMps2, double PeriodS, double FromRangeM)
{
    /// <summary>Standard gravity, m/s², the unit of the catalog's <c>weave_g</c>.</summary>
    public const double G0 = 9.80665;

    /// <summary>ω = 2π / period, rad/s.</summary>
    public double AngularFrequencyRadPerS => 2 * Math.PI / PeriodS;

    /// <summary>Largest cross-track offset, 2a/ω², m (half a period in, the offset (a/ω²)(1 − cos ωτ) peaks).</summary>
    public double PeakOffsetM => 2 * AccelerationMps2 / (AngularFrequencyRadPerS * AngularFrequencyRadPerS);

    /// <summary>The weave of <paramref name="type"/>, or null when it flies straight (no <c>evasive</c> block).</summary>
    public static WeaveParameters? From(ThreatType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.Evasive is not { } e) return null;
        var p = new WeaveParameters(e.WeaveG * G0, e.WeavePeriodS, e.FromRangeM);
        p.Validate(type.Id);
        return p;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first figure a weave cannot use.</summary>
    public void Validate(string threatId)
    {
        static bool Positive(double x) => double.IsFinite(x) && x > 0;
        string? problem =
            !Positive(AccelerationMps2) ? $"evasive.weave_g must be > 0 (is {AccelerationMps2 / G0})" :
            !Positive(PeriodS) ? $"evasive.weave_period_s must be > 0 (is {PeriodS})" :
            !Positive(FromRangeM) ? $"evasive.from_range_m must be > 0 (is {FromRangeM})" :
            null;
        if (problem is not null) throw new ArgumentException($"threat '{threatId}': {problem}");
    }
}
