using CsCheck;
using Oberig.Tracking.Classification;

namespace Oberig.Tracking.Tests.Classification;

public class FeatureBandTests
{
    /// <summary>
    /// Independent construction: (1/(High − Low)) ∫_Low^High N(x; t, σ²) dt by composite Simpson (20,000 panels),
    /// σ² = Edge² + estimate variance.
    /// </summary>
    private static double SimpsonDensity(FeatureBand band, double x, double variance)
    {
        double sigma = Math.Sqrt(band.Edge * band.Edge + variance);
        const int panels = 20_000;
        double h = (band.High - band.Low) / panels, sum = 0;
        for (int i = 0; i <= panels; i++)
        {
            double t = band.Low + i * h, z = (x - t) / sigma;
            double f = Math.Exp(-0.5 * z * z) / (sigma * Math.Sqrt(2 * Math.PI));
            sum += f * (i == 0 || i == panels ? 1 : i % 2 == 1 ? 4 : 2);
        }
        return sum * h / 3 / (band.High - band.Low);
    }

    public static TheoryData<double, double, double, double, double> Cases => new()
    {
        // low, high, edge, x, estimate variance
        { 30, 70, 20, 50, 0 },            // inside a drone speed band
        { 30, 70, 20, 70, 25 },           // on its edge
        { 30, 70, 20, 120, 0 },           // 2.5 σ above
        { 30, 70, 20, 250, 100 },         // ~8.9 σ above: density ~1e-20
        { 30, 70, 20, -150, 0 },          // 9 σ below
        { 50, 4_000, 300, 1_500, 2_500 }, // a wide band, inside
        { 0, 10, 95, 40, 25 },            // narrow band (u = 0.1): near the switch between the two formulas
        { 0, 10, 120, 40, 0 },            // narrower: the midpoint expansion
        { 0, 10, 80, 300, 0 },            // 3.7 σ out with u = 0.125
        { 180, 280, 30, 230, 1e6 },       // a vague estimate: σ ≈ 1,000
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheLogDensityMatchesNumericalIntegrationOfTheBandConvolvedWithTheGaussian(double low, double high, double edge, double x, double variance)
    {
        var band = new FeatureBand(low, high, edge);
        double expected = Math.Log(SimpsonDensity(band, x, variance));
        double actual = band.LogDensity(x, variance);
        Assert.True(Math.Abs(actual - expected) <= 2e-6 * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");
    }

    [Fact]
    public void ADegenerateBandIsExactlyAGaussian()
    {
        var band = new FeatureBand(100, 100, 3);
        foreach (double x in new[] { 100.0, 104, 130, 1e4, 1e50 })
        {
            double z = (x - 100) / 5;   // σ² = 3² + 4²
            double expected = -0.5 * z * z - Math.Log(5 * Math.Sqrt(2 * Math.PI));
            Assert.Equal(expected, band.LogDensity(x, 16), Math.Max(1e-12, 1e-12 * Math.Abs(expected)));
        }
    }

    [Fact]
    public void FarTailsFollowTheMillsRatioInsteadOfUnderflowing()
    {
        // Band [0, 1], σ = 1, x = 1 + z: the density is Q(z) − Q(z + 1) ≈ Q(z), and Q(z) = φ(z)/z (1 − 1/z² + 3/z⁴ − 15/z⁶ ...).
        var band = new FeatureBand(0, 1, 1);
        foreach (double z in new[] { 20.0, 40, 100 })
        {
            double logQ = -0.5 * z * z - Math.Log(z * Math.Sqrt(2 * Math.PI)) + Math.Log(1 - 1 / (z * z) + 3 / Math.Pow(z, 4) - 15 / Math.Pow(z, 6));
            double actual = band.LogDensity(1 + z, 0);
            Assert.True(double.IsFinite(actual));
            Assert.True(Math.Abs(actual - logQ) <= 1e-6 * Math.Abs(logQ), $"z {z}: expected {logQ:R}, got {actual:R}");
        }
    }

    [Fact]
    public void TheLogDensityIsFiniteForEveryFiniteInputAndPeaksInsideTheBand()
    {
        Gen.Select(Gen.Double[-1e3, 1e3], Gen.Double[0, 1e3], Gen.Double[1e-3, 1e3], Gen.Double, Gen.Double[0, 1e300]).Sample((low, width, edge, x, variance) =>
        {
            var band = new FeatureBand(low, low + width, edge);
            if (!double.IsFinite(x)) return;
            double at = band.LogDensity(x, variance);
            Assert.True(double.IsFinite(at), $"{band} at {x} (variance {variance}): {at}");
            Assert.True(band.LogDensity(low + 0.5 * width, variance) >= at - 1e-9, $"{band}: centre below {x}");
        }, iter: 5_000);
    }

    [Fact]
    public void InvalidBandsAreReportedByTheOptions()
    {
        var options = new ClassifierOptions(
            Drone: ClassKinematics.Drone with { GroundSpeed = new FeatureBand(70, 30, 20) },
            Aircraft: ClassKinematics.Aircraft with { Height = new FeatureBand(0, double.PositiveInfinity, 0), ManoeuvreProbability = 1.5 },
            Prior: [0.5, 0.5, 0, 0], EvidenceWeight: 0, Forgetting: 1, StraightFlightAcceleration: -1, MaxAccelerationInterval: 0, MaxLogOdds: 1e4);
        var problems = options.Problems();
        string[] expected =
        [
            "drone.ground_speed: high", "aircraft.height: low and high must be finite", "aircraft.height: edge",
            "aircraft.manoeuvre_probability", "prior needs", "evidence_weight", "forgetting", "straight_flight_acceleration",
            "max_acceleration_interval", "max_log_odds",
        ];
        foreach (string e in expected) Assert.Contains(problems, p => p.Contains(e, StringComparison.Ordinal));
        Assert.Equal(expected.Length, problems.Count);
        var thrown = Assert.Throws<ArgumentException>(() => new TrackClassifier(options));
        Assert.Contains("max_log_odds", thrown.Message, StringComparison.Ordinal);
        Assert.Empty(ClassifierOptions.Default.Problems());
    }
}
