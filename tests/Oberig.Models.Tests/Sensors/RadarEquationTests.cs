using Oberig.Models.Sensors;

namespace Oberig.Models.Tests.Sensors;

public class RadarEquationTests
{
    [Fact]
    public void SnrMatchesAHandComputation()
    {
        // Pt G² λ² σ τ / ((4π)³ k T0 R⁴) with Pt 1e6 W, G 1000, λ = 0.0999308 m, σ 1 m², τ 1e-6 s, R 100 km, F = L = 1:
        // numerator 1e6 · 1e6 · 0.00998616 · 1e-6 = 9.98616e3; (4π)³ = 1984.4017; k T0 = 4.0038821e-21; R⁴ = 1e20.
        // SNR = 9.98616e3 / (1984.4017 · 4.0038821e-21 · 1e20) = 12.5686 (10.993 dB).
        var eq = RadarEquation.For(TestSensors.Simple());
        double lambda = 299_792_458.0 / 3e9;
        double expected = 1e6 * 1e6 * lambda * lambda * 1e-6 / (Math.Pow(4 * Math.PI, 3) * 1.380649e-23 * 290 * 1e20);
        Assert.Equal(12.5686, expected, 4);
        Assert.Equal(expected, eq.Snr(1, 100_000), 10);
        Assert.Equal(10 * Math.Log10(expected), eq.SnrDb(1, 100_000), 10);
    }

    [Fact]
    public void DoublingTheRangeCosts12Decibels()
    {
        var eq = RadarEquation.For(TestSensors.Simple());
        Assert.Equal(40 * Math.Log10(2), eq.SnrDb(1, 50_000) - eq.SnrDb(1, 100_000), 10);
        Assert.Equal(12.04, eq.SnrDb(1, 50_000) - eq.SnrDb(1, 100_000), 2);
        Assert.Equal(10, eq.SnrDb(10, 70_000) - eq.SnrDb(1, 70_000), 10); // SNR linear in σ
    }

    [Fact]
    public void RangeInvertsSnr()
    {
        var eq = RadarEquation.For(TestSensors.Simple());
        double r = eq.RangeForSnrDbM(0.1, 13);
        Assert.Equal(13, eq.SnrDb(0.1, r), 10);
    }

    [Fact]
    public void LossesAndNoiseFigureCountInDecibels()
    {
        var clean = RadarEquation.For(TestSensors.Simple());
        var lossy = RadarEquation.For(TestSensors.Simple() with { NoiseFigureDb = 3, SystemLossesDb = 7 });
        Assert.Equal(10, clean.SnrDb(1, 80_000) - lossy.SnrDb(1, 80_000), 10);
    }

    [Theory]
    [InlineData("surveillance-radar-3d")]
    [InlineData("surveillance-radar-mr")]
    [InlineData("fire-control-radar-lr")]
    [InlineData("fire-control-radar-sr")]
    [InlineData("gun-radar")]
    public void CatalogRadarsReachTheirInstrumentedRangeAgainstOneSquareMetreAsTuned(string id)
    {
        // catalog/sensors.yaml was tuned with the pulses_per_dwell integrated coherently (SNR × n) against a steady
        // 1 m² target, aiming at 13.1 dB (Albersheim Pd 0.9, Pfa 1e-6) slightly beyond the instrumented range. Under
        // that assumption the integrated SNR at the instrumented range is 13.6-14.0 dB, between what Pd 0.9 and Pd 0.98
        // need (so Pd is 0.95-0.97 there, not 0.5-0.9), and Pd 0.9 is reached at 1.00-1.06 x that range.
        var s = TestSensors.Catalog.Sensors[id];
        var eq = RadarEquation.For(s);
        double coherentDb = eq.SnrDb(1, s.InstrumentedRangeM) + 10 * Math.Log10(s.PulsesPerDwell);
        Assert.InRange(coherentDb, Albersheim.RequiredSnrDb(0.9, 1e-6, 1), Albersheim.RequiredSnrDb(0.98, 1e-6, 1));
        double range90 = eq.RangeForSnrDbM(1, Albersheim.RequiredSnrDb(0.9, 1e-6, 1) - 10 * Math.Log10(s.PulsesPerDwell));
        Assert.InRange(range90 / s.InstrumentedRangeM, 1.0, 1.06);
    }
}
