using Oberig.Tracking.Models.Transition;

namespace Oberig.Tracking.Tests.Models.Transition;

public class TransitionModelTests
{
    [Fact]
    public void ConstantVelocityProcessNoiseIsTheClosedForm()
    {
        // Bar-Shalom, Li and Kirubarajan 2001, eq. 6.2.3-8: Q = q [dt³/3 dt²/2; dt²/2 dt] per axis.
        const double q = 0.7, dt = 2.5;
        var model = new ConstantVelocity(2, q);
        var m = new double[16];
        model.ProcessNoise(new double[4], dt, m);
        double a = q * dt * dt * dt / 3, b = q * dt * dt / 2, c = q * dt;
        Assert.Equal([a, b, 0, 0, b, c, 0, 0, 0, 0, a, b, 0, 0, b, c], m);
        var f = new double[16];
        model.Jacobian(new double[4], dt, f);
        Assert.Equal([1, dt, 0, 0, 0, 1, 0, 0, 0, 0, 1, dt, 0, 0, 0, 1], f);
    }

    [Theory]
    [InlineData(1, 0.3)]
    [InlineData(2, 6.0)]
    [InlineData(3, 1.0)]
    public void ConstantVelocityFastCovariancePropagationIsTheTripleProduct(int axes, double dt)
    {
        // Second method: F P Fᵀ + Q with F and Q written out by the model and multiplied in full, on a random
        // symmetric positive definite P (A Aᵀ + I).
        var model = new ConstantVelocity(axes, 20);
        int n = 2 * axes;
        var random = new Oberig.Core.Random.RandomStream((ulong)(17 + axes));
        var a = new double[n * n];
        for (int k = 0; k < a.Length; k++) a[k] = random.NextDouble() * 100 - 50;
        var p = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                double s = i == j ? 1 : 0;
                for (int k = 0; k < n; k++) s += a[i * n + k] * a[j * n + k];
                p[i * n + j] = s;
            }
        var f = new double[n * n];
        var q = new double[n * n];
        model.Jacobian(new double[n], dt, f);
        model.ProcessNoise(new double[n], dt, q);
        var expected = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                double s = q[i * n + j];
                for (int k = 0; k < n; k++)
                    for (int l = 0; l < n; l++) s += f[i * n + k] * p[k * n + l] * f[j * n + l];
                expected[i * n + j] = s;
            }
        var actual = new double[n * n];
        model.PropagateCovariance(new double[n], p, dt, actual);
        TestMath.AssertClose(expected, actual, 1e-9, "F P Fᵀ + Q");
    }

    [Fact]
    public void SpeedScaledNoiseGrowsWithTheSquareOfTheEstimatedSpeed()
    {
        // q (1 + (v / s)²): a 50 m/s drone keeps about q, a 1,800 m/s re-entry gets 37 q with s = 300 m/s.
        var model = new ConstantVelocity(3, 20, speedScaleMps: 300);
        double[] drone = [0, 30, 0, 40, 0, 0], missile = [0, 0, 0, 1200, 0, -Math.Sqrt(1800 * 1800 - 1200 * 1200)];
        Assert.Equal(20 * (1 + 2500.0 / 90_000), model.SpectralDensityAt(drone), 12);
        Assert.Equal(20 * 37.0, model.SpectralDensityAt(missile), 9);
        var q = new double[36];
        model.ProcessNoise(missile, 2, q);
        Assert.Equal(740 * 8 / 3.0, q[0], 9);          // q dt³/3 on the first position
        var fast = new double[36];
        model.PropagateCovariance(missile, new double[36], 2, fast); // zero prior: the propagated covariance is Q itself
        TestMath.AssertClose(q, fast, 1e-12, "Q from the fast path");
        Assert.Equal(20, new ConstantVelocity(3, 20).SpectralDensityAt(missile));
    }

    [Fact]
    public void KnownRateTurnRotatesTheVelocityAndFollowsTheCircle()
    {
        // A quarter turn at ω: velocity (v, 0) becomes (0, v); position moves by the radius R = v/ω east and north.
        const double v = 250, w = 0.1177;
        var model = CoordinatedTurn.WithKnownRate(w, 0, vertical: true);
        double t = Math.PI / 2 / w, r = v / w;
        var next = new double[6];
        model.Function([0, v, 0, 0, 1000, -3], t, next);
        TestMath.AssertClose([r, 0, r, v, 1000 - 3 * t, -3], next, 1e-12, "CT quarter turn");
    }

    [Fact]
    public void TurnAtZeroRateIsConstantVelocity()
    {
        var ct = CoordinatedTurn.WithEstimatedRate(1, 1e-3, vertical: true);
        var cv = new ConstantVelocity(3, 1);
        double[] x = [10, 200, -5, 30, 100, 2, 0];
        var a = new double[7];
        var b = new double[6];
        ct.Function(x, 3, a);
        cv.Function(x, 3, b);
        TestMath.AssertClose(b, a.AsSpan(0, 6), 1e-15, "f");
        var qa = new double[49];
        var qb = new double[36];
        ct.ProcessNoise(x, 3, qa);
        cv.ProcessNoise(x, 3, qb);
        for (int i = 0; i < 6; i++)
            for (int j = 0; j < 6; j++) Assert.Equal(qb[i * 6 + j], qa[i * 7 + j]);
        Assert.Equal(3e-3, qa[48], 15);
    }

    [Theory]
    [InlineData(0.12)]
    [InlineData(-0.3)]
    [InlineData(1e-7)]   // inside the small-angle series
    [InlineData(2e-3)]   // just outside it
    public void TurnJacobianMatchesCentralDifferences(double w)
    {
        var model = CoordinatedTurn.WithEstimatedRate(1, 1e-3, vertical: true);
        double[] x = [100, 220, -50, -40, 900, 5, w];
        const double dt = 1.7;
        var jac = new double[49];
        model.Jacobian(x, dt, jac);
        var plus = new double[7];
        var minus = new double[7];
        for (int j = 0; j < 7; j++)
        {
            double h = j == 6 ? 1e-6 : 1e-3;
            var xp = (double[])x.Clone();
            var xm = (double[])x.Clone();
            xp[j] += h; xm[j] -= h;
            model.Function(xp, dt, plus);
            model.Function(xm, dt, minus);
            for (int i = 0; i < 7; i++)
            {
                double numeric = (plus[i] - minus[i]) / (2 * h);
                Assert.True(Math.Abs(numeric - jac[i * 7 + j]) < 1e-5 * Math.Max(1, Math.Abs(numeric)),
                    $"∂f{i}/∂x{j}: analytic {jac[i * 7 + j]}, numeric {numeric}");
            }
        }
    }

    [Fact]
    public void BallisticFollowsTheParabolaWhateverTheStepSplit()
    {
        var model = new Ballistic(0);
        double[] x = [0, 100, 0, 50, 2000, 300];
        var state = (double[])x.Clone();
        var next = new double[6];
        for (int k = 0; k < 10; k++) { model.Function(state, 0.5, next); next.CopyTo(state, 0); }
        const double t = 5, g = Ballistic.StandardGravity;
        TestMath.AssertClose([100 * t, 100, 50 * t, 50, 2000 + 300 * t - g * t * t / 2, 300 - g * t], state, 1e-12, "ballistic");
    }

    [Fact]
    public void PaddingHoldsExtraStatesAndKeepsTheInnerModel()
    {
        var padded = new PaddedTransition(new ConstantVelocity(3, 2), 7, 1e-4);
        double[] x = [1, 2, 3, 4, 5, 6, 0.1];
        var f = new double[7];
        padded.Function(x, 2, f);
        Assert.Equal([5, 2, 11, 4, 17, 6, 0.1], f);
        var q = new double[49];
        padded.ProcessNoise(x, 2, q);
        Assert.Equal(2e-4, q[48], 15);
        Assert.Equal(2 * 8 / 3.0, q[0], 12);
        Assert.Equal(0, q[6]);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PaddedTransition(new ConstantVelocity(3, 2), 5, 0));
    }
}
