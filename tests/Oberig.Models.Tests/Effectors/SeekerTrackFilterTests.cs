using Oberig.Core.Numerics;
using Oberig.Core.Random;
using Oberig.Models.Effectors.Guidance;

namespace Oberig.Models.Tests.Effectors;

public class SeekerTrackFilterTests
{
    private const double T = 0.01; // the flight's step, s

    /// <summary>Runs a filter on exact measurements of a fixed point for long enough that its covariance has converged
    /// (the covariance recursion does not depend on the measurements).</summary>
    private static SeekerTrackFilter Converged(double q, Vec3 lineOfSight, double rangeSigma, double crossSigma, int steps = 20_000)
    {
        var f = new SeekerTrackFilter(q);
        f.Start(0, Vec3.Zero, Vec3.Zero, 100, 50);
        for (int k = 1; k <= steps; k++)
        {
            f.Predict(k * T);
            f.Update(Vec3.Zero, lineOfSight, rangeSigma, crossSigma);
        }
        return f;
    }

    /// <summary>
    /// The updated covariance's fixed point of the 1-D filter (state position, velocity; H = [1 0]) with the continuous
    /// white-noise-acceleration process noise q·[[T³/3, T²/2], [T²/2, T]], by iterating the scalar Riccati recursion
    /// written out here by hand: an oracle independent of the filter's 3×3 block algebra.
    /// </summary>
    private static (double Pp, double Pv, double Vv) RiccatiFixedPoint(double q, double r)
    {
        double pp = 1e4, pv = 0, vv = 2500;
        for (int k = 0; k < 100_000; k++)
        {
            double mp = pp + 2 * T * pv + T * T * vv + q * T * T * T / 3;
            double mv = pv + T * vv + q * T * T / 2;
            double mvv = vv + q * T;
            double s = mp + r;
            pp = mp * r / s;
            pv = mv * r / s;
            vv = mvv - mv * mv / s;
        }
        return (pp, pv, vv);
    }

    private static void Relative(double expected, double actual, double tolerance, string what) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"{what}: {actual:R} against {expected:R}");

    [Fact]
    public void TheConvergedGainsSolveTheSteadyStateEquationsOfTheAlphaBetaFilter()
    {
        // Steady state of the 1-D filter in alpha-beta form (α = Pp/r, β = T·Pv/r of the updated covariance), derived as
        // Kalata (1984) did for the discrete white-noise model but with the continuous model's Q: with the tracking index
        // λ² = q·T³/r the fixed point satisfies β² = λ²(1 − α) and α² = β(2 − α) − λ²(1 − α)/6 (the discrete model's
        // λ²/4 becomes λ²/6, from q11 − T·q12 = −q·T³/6). Solved here by bisection on α, independently of the filter.
        // Isotropic noise (range σ = cross-range σ) decouples the axes, so any axis is this 1-D filter.
        foreach (var (q, sigma) in new[] { (900.0, 1.0), (900.0, 8.0), (100.0, 3.0), (9e4, 0.5) })
        {
            double r = sigma * sigma, lambda2 = q * T * T * T / r;
            double F(double a) => a * a - Math.Sqrt(lambda2 * (1 - a)) * (2 - a) + lambda2 * (1 - a) / 6;
            double lo = 1e-12, hi = 1 - 1e-15;
            for (int i = 0; i < 200; i++) { double mid = (lo + hi) / 2; if (F(lo) * F(mid) <= 0) hi = mid; else lo = mid; }
            double alpha = (lo + hi) / 2, beta = Math.Sqrt(lambda2 * (1 - alpha));

            var f = Converged(q, new Vec3(0, 0, 1), sigma, sigma);
            foreach (var axis in new[] { new Vec3(1, 0, 0), new Vec3(0, 1, 0), new Vec3(0, 0, 1) })
            {
                Relative(alpha, f.PositionVariance(axis) / r, 1e-6, $"α on {axis}, q {q}, σ {sigma}");
                Relative(beta, T * f.PositionVelocityCovariance(axis) / r, 1e-6, $"β on {axis}, q {q}, σ {sigma}");
            }
        }
    }

    [Fact]
    public void AnisotropicNoiseOnASlantLineOfSightGivesTheOneDimensionalFixedPointAlongAndAcrossIt()
    {
        // Range σ 3 m along a line of sight on no axis, 20 m across it: the coupled filter, started isotropic, splits into
        // a 1-D filter with r = 9 along the line of sight and two with r = 400 across it; each is checked against the
        // hand-iterated Riccati fixed point. Three per-axis filters on R's diagonal would get this wrong.
        const double q = 900;
        var u = new Vec3(1, 2, -2) / 3;
        var across = new Vec3(2, -1, 0).Normalized();
        var f = Converged(q, u, 3, 20);
        foreach (var (axis, r) in new[] { (u, 9.0), (across, 400.0), (u.Cross(across), 400.0) })
        {
            var (pp, pv, vv) = RiccatiFixedPoint(q, r);
            Relative(pp, f.PositionVariance(axis), 1e-6, $"position variance along {axis}");
            Relative(pv, f.PositionVelocityCovariance(axis), 1e-6, $"position-velocity covariance along {axis}");
            Relative(vv, f.VelocityVariance(axis), 1e-6, $"velocity variance along {axis}");
        }
    }

    [Fact]
    public void WithoutNoiseItConvergesToAConstantVelocityTargetsVelocity()
    {
        // Exact measurements of a target at constant velocity, the filter started 40 m/s off: the velocity error shrinks
        // geometrically (with R = 0 each update scales it by −(qT/6)/(P_vv + qT/3)), so after 2 s it is gone.
        var v = new Vec3(-250, 30, 5);
        var p0 = new Vec3(8_000, 200, 300);
        var f = new SeekerTrackFilter(SeekerTrackFilter.SpectralDensityFor(30));
        f.Start(0, p0 + new Vec3(40, -30, 20), v + new Vec3(-40, 20, 10), 50, 10);
        for (int k = 1; k <= 200; k++)
        {
            f.Predict(k * T);
            f.Update(p0 + v * (k * T), (p0 + v * (k * T)).Normalized(), 0, 0);
        }
        Assert.True((f.Velocity - v).Norm < 1e-9, $"velocity error {(f.Velocity - v).Norm:E2} m/s");
        Assert.True((f.Position - (p0 + v * 2)).Norm < 1e-9, $"position error {(f.Position - (p0 + v * 2)).Norm:E2} m");
    }

    [Fact]
    public void WithNoiseItsErrorsHaveTheSteadyStateCovariance()
    {
        // A target that follows the filter's own model (white acceleration of density q, drawn exactly through the
        // Cholesky factor of the discrete Q), measured with range σ 3 m along a slant line of sight and 10 m across it:
        // over 1,500 independent runs the errors after 3 s (well past convergence) have the variances and covariance
        // the filter states, within Monte Carlo tolerance. 1,500 samples give a variance to about ±3.7 % (one σ):
        // the tolerance is 15 %, four σ.
        const double q = 900, sigmaRange = 3, sigmaCross = 10;
        const int runs = 1_500, steps = 300;
        var u = new Vec3(2, 1, 2) / 3;
        var across = new Vec3(1, -2, 0).Normalized();
        // Cholesky of q·[[T³/3, T²/2], [T²/2, T]] per axis.
        double l11 = Math.Sqrt(q * T * T * T / 3), l21 = q * T * T / 2 / l11, l22 = Math.Sqrt(q * T - l21 * l21);
        var random = new RandomStream(7);
        Vec3 Gaussian() => new(random.NextGaussian(), random.NextGaussian(), random.NextGaussian());
        double[] posAlong = new double[runs], posAcross = new double[runs], velAlong = new double[runs], velAcross = new double[runs];
        SeekerTrackFilter last = default;
        for (int run = 0; run < runs; run++)
        {
            var p = new Vec3(5_000, 0, 0);
            var v = new Vec3(-300, 0, 0);
            var f = new SeekerTrackFilter(q);
            f.Start(0, p + Gaussian() * 50, v + Gaussian() * 10, 50, 10);
            for (int k = 1; k <= steps; k++)
            {
                var w1 = Gaussian();
                var w2 = Gaussian();
                p += v * T + w1 * l11;
                v += w1 * l21 + w2 * l22;
                var noise = u * (random.NextGaussian() * sigmaRange) + across * (random.NextGaussian() * sigmaCross)
                    + u.Cross(across) * (random.NextGaussian() * sigmaCross);
                f.Predict(k * T);
                f.Update(p + noise, u, sigmaRange, sigmaCross);
            }
            posAlong[run] = (f.Position - p).Dot(u);
            posAcross[run] = (f.Position - p).Dot(across);
            velAlong[run] = (f.Velocity - v).Dot(u);
            velAcross[run] = (f.Velocity - v).Dot(across);
            last = f;
        }
        static double MeanSquare(double[] x) => x.Sum(e => e * e) / x.Length;
        Relative(last.PositionVariance(u), MeanSquare(posAlong), 0.15, "position variance along the line of sight");
        Relative(last.PositionVariance(across), MeanSquare(posAcross), 0.15, "position variance across it");
        Relative(last.VelocityVariance(u), MeanSquare(velAlong), 0.15, "velocity variance along the line of sight");
        Relative(last.VelocityVariance(across), MeanSquare(velAcross), 0.15, "velocity variance across it");
    }

    [Fact]
    public void NoNoiseAnywhereLeavesThePredictionAlone()
    {
        // q = 0, exact prior, exact measurement: S is zero, there is nothing to learn, and no NaN.
        var f = new SeekerTrackFilter(0);
        f.Start(0, new Vec3(100, 0, 0), new Vec3(-10, 0, 0), 0, 0);
        f.Predict(1);
        f.Update(new Vec3(90, 0, 0), new Vec3(1, 0, 0), 0, 0);
        Assert.Equal(new Vec3(90, 0, 0), f.Position);
        Assert.Equal(new Vec3(-10, 0, 0), f.Velocity);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SeekerTrackFilter(-1));
        Assert.Throws<InvalidOperationException>(() => new SeekerTrackFilter(1).Predict(1));
    }
}
