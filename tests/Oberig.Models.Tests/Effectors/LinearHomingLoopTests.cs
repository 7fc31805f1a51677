using Oberig.Models.Effectors.Guidance;

namespace Oberig.Models.Tests.Effectors;

/// <summary>
/// The linear homing loop against the closed forms for a single-lag flight control system (Zarchan, Tactical and
/// Strategic Missile Guidance, 6th ed., ch. 3 and 6; restated in shared/DESIGN.md), x = tF/T.
/// </summary>
public class LinearHomingLoopTests
{
    private const double T = 1.0, Vc = 3_000, Vm = 3_000;

    public static TheoryData<int, double> Cases()
    {
        var data = new TheoryData<int, double>();
        foreach (int n in new[] { 3, 4, 5 })
            foreach (double x in new[] { 0.5, 1, 2, 3, 4, 6, 8, 10 })
                data.Add(n, x);
        return data;
    }

    /// <summary>Normalised heading-error miss M/(−VM·HE·T).</summary>
    private static double HeadingErrorClosedForm(int n, double x) => x * Math.Exp(-x) * n switch
    {
        3 => 1 - x / 2,
        4 => 1 - x + x * x / 6,
        _ => 1 - 1.5 * x + x * x / 2 - x * x * x / 24,
    };

    /// <summary>Normalised step-manoeuvre miss M/(nT·T²).</summary>
    private static double ManoeuvreClosedForm(int n, double x) => x * x / 2 * Math.Exp(-x) * n switch
    {
        3 => 1,
        4 => 1 - x / 3,
        _ => 1 - 2 * x / 3 + x * x / 12,
    };

    /// <summary>
    /// Within 1 % of the closed form, or, where the closed form passes near zero and a relative test is ill-posed,
    /// within 1 % of the largest magnitude the normalised miss reaches over x in (0, 10].
    /// </summary>
    private static void AssertWithinOnePercent(double expected, double actual, Func<double, double> curve)
    {
        double peak = 0;
        for (double x = 0.01; x <= 10; x += 0.01) peak = Math.Max(peak, Math.Abs(curve(x)));
        double tolerance = Math.Max(0.01 * Math.Abs(expected), 0.01 * peak);
        // Where the relative test applies, hold it strictly; the absolute one only near the zero crossings.
        if (Math.Abs(expected) > peak) tolerance = 0.01 * Math.Abs(expected);
        Assert.True(Math.Abs(actual - expected) <= tolerance,
            $"normalised miss {actual:F6} against {expected:F6} (tolerance {tolerance:F6})");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void HeadingErrorMissMatchesTheClosedForm(int n, double x)
    {
        const double he = -20 * Math.PI / 180;
        var r = LinearHomingLoop.Run(new LinearHomingInputs(n, T, x * T, Vc, Vm, HeadingErrorRad: he));
        double normalised = r.MissM / (-Vm * he * T);
        double expected = HeadingErrorClosedForm(n, x);
        AssertWithinOnePercent(expected, normalised, y => HeadingErrorClosedForm(n, y));
        // Tighter than the brief: the integration itself is good to 1e-4 of the peak.
        Assert.Equal(expected, normalised, 1e-4);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void StepManoeuvreMissMatchesTheClosedForm(int n, double x)
    {
        const double nT = 3 * 9.80665;
        var r = LinearHomingLoop.Run(new LinearHomingInputs(n, T, x * T, Vc, TargetAccelerationMps2: nT));
        double normalised = r.MissM / (nT * T * T);
        double expected = ManoeuvreClosedForm(n, x);
        AssertWithinOnePercent(expected, normalised, y => ManoeuvreClosedForm(n, y));
        Assert.Equal(expected, normalised, 1e-4);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void ZeroLagProportionalNavigationHasNoMissAndEndsAtNOverNMinusTwo(int n)
    {
        // Zero lag: nc/nT = N'/(N'−2)·(1 − (tgo/tF)^(N'−2)) (Zarchan ch. 2), so at tgo = 1e-4·tF the ratio is
        // within 1e-4 of N'/(N'−2), and the miss is zero.
        const double nT = 5 * 9.80665, tF = 10;
        var options = new LinearHomingLoopOptions { FinalTimeToGoFraction = 1e-4 };
        var r = LinearHomingLoop.Run(new LinearHomingInputs(n, 0, tF, Vc, TargetAccelerationMps2: nT), options);
        double limit = n / (n - 2.0);
        Assert.Equal(limit, r.FinalCommandMps2 / nT, limit * 2e-4);
        // Against the scale nT·tF²/2 = 2452 m that the target alone moves: what is left at tgo = 1e-4·tF is the
        // O(tgo²) remainder, about 1e-8 of that scale, and it vanishes as integration runs closer to intercept.
        Assert.True(Math.Abs(r.MissM) < 1e-7 * nT * tF * tF, $"zero-lag miss {r.MissM:e2} m");
        var closer = LinearHomingLoop.Run(new LinearHomingInputs(n, 0, tF, Vc, TargetAccelerationMps2: nT));
        Assert.True(Math.Abs(closer.MissM) < 1e-3 * Math.Abs(r.MissM), $"zero-lag miss {closer.MissM:e2} m at tgo = 1e-7·tF");

        var he = LinearHomingLoop.Run(new LinearHomingInputs(n, 0, tF, Vc, Vm, HeadingErrorRad: 0.1));
        Assert.True(Math.Abs(he.MissM) < 1e-9 * Vm * 0.1 * tF, $"zero-lag heading-error miss {he.MissM:e2} m");
    }

    [Fact]
    public void InputsSuperpose()
    {
        var a = LinearHomingLoop.Run(new LinearHomingInputs(4, T, 5, Vc, Vm, HeadingErrorRad: 0.05));
        var b = LinearHomingLoop.Run(new LinearHomingInputs(4, T, 5, Vc, TargetAccelerationMps2: 30));
        var both = LinearHomingLoop.Run(new LinearHomingInputs(4, T, 5, Vc, Vm, 0.05, 30));
        Assert.Equal(a.MissM + b.MissM, both.MissM, 1e-9);
    }

    [Theory]
    [InlineData(-1, 1, 1, 1)]
    [InlineData(3, -1, 1, 1)]
    [InlineData(3, 1, 0, 1)]
    [InlineData(3, 1, 1, double.NaN)]
    public void BadInputsAreRejectedWithTheirName(double n, double lag, double tF, double vc)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => LinearHomingLoop.Run(new LinearHomingInputs(n, lag, tF, vc)));
        Assert.Contains("must be", e.Message);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void OneAdjointRunGivesEveryFlightTimesMissAndAgreesWithTheForwardRuns(int n)
    {
        double[] xs = [0.5, 1, 2, 3, 4, 6, 8, 10];
        var adjoint = LinearHomingAdjoint.Run(n, T, xs.Select(x => x * T).Reverse().ToArray());
        Array.Reverse(adjoint);
        for (int i = 0; i < xs.Length; i++)
        {
            double x = xs[i];
            Assert.Equal(x * T, adjoint[i].FlightTimeS);
            // Closed forms, normalised as above.
            Assert.Equal(HeadingErrorClosedForm(n, x), adjoint[i].PerHeadingErrorS / T, 1e-4);
            Assert.Equal(ManoeuvreClosedForm(n, x), adjoint[i].PerManoeuvreS2 / (T * T), 1e-4);
            // And the forward (time-domain) loop, the second method, on a 10 g manoeuvre plus a 0.1 rad heading error.
            var forward = LinearHomingLoop.Run(new LinearHomingInputs(n, T, x * T, Vc, Vm, 0.1, 98.0665));
            double fromAdjoint = adjoint[i].PerHeadingErrorS * (-Vm * 0.1) + adjoint[i].PerManoeuvreS2 * 98.0665;
            Assert.Equal(forward.MissM, fromAdjoint, 1e-4 * Vm * 0.1 * T);
        }
    }

    [Fact]
    public void TheAdjointRejectsZeroLagAndBadTimes()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearHomingAdjoint.Run(3, 0, [1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearHomingAdjoint.Run(3, 1, [-1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearHomingAdjoint.Run(double.NaN, 1, [1.0]));
    }
}
