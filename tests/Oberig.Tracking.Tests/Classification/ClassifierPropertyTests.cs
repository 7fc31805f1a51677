using CsCheck;
using Oberig.Core.Time;
using Oberig.Tracking.Classification;
using Oberig.Tracking.State;

namespace Oberig.Tracking.Tests.Classification;

/// <summary>Whatever a tracker hands over, the posterior is a probability vector: finite, positive, summing to 1.</summary>
public class ClassifierPropertyTests
{
    private static readonly TrackClassifier Classifier = new();

    /// <summary>Plausible values, wild values and the special ones a broken filter could produce.</summary>
    private static readonly Gen<double> Value = Gen.Frequency(
        (6, Gen.Double[-5e4, 5e4]),
        (2, Gen.Double[-1e8, 1e8]),
        (1, Gen.OneOf(0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e300, -1e300,
            double.Epsilon, double.MaxValue)));

    private enum CovarianceKind { Factor, Zero, Indefinite, Raw, NegativeDiagonal }

    /// <summary>A covariance of the given dimension: a proper one L Lᵀ scaled over 26 decades, or a degenerate one.</summary>
    private static Gen<double[]> Covariance(int n) => Gen.Select(
        Gen.Enum<CovarianceKind>(), Gen.Double[-1, 1].Array[n * n], Gen.Int[-12, 14], Value.Array[n * n],
        (kind, a, decade, raw) =>
        {
            var p = new double[n * n];
            double scale = Math.Pow(10, decade);
            switch (kind)
            {
                case CovarianceKind.Factor:
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            double s = 0;
                            for (int k = 0; k < n; k++) s += a[i * n + k] * a[j * n + k];
                            p[i * n + j] = scale * s;
                        }
                    break;
                case CovarianceKind.Zero:
                    break;
                case CovarianceKind.Indefinite:
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j <= i; j++) p[i * n + j] = p[j * n + i] = scale * a[i * n + j];
                    break;
                case CovarianceKind.Raw:
                    raw.CopyTo(p, 0);
                    break;
                case CovarianceKind.NegativeDiagonal:
                    for (int i = 0; i < n; i++) p[i * n + i] = -scale * Math.Abs(a[i]) - 1;
                    break;
            }
            return p;
        });

    private sealed record Step(double[] Mean, double[] Covariance, double TimeStep, double OriginHeight);

    private static Gen<Step> Steps(int n) => Gen.Select(Value.Array[n], Covariance(n),
        Gen.Frequency((6, Gen.Double[0.1, 10]), (1, Gen.OneOf(0.0, -1.0, 25.0, 1e-9))), Gen.Double[-500, 5_000],
        (mean, cov, dt, origin) => new Step(mean, cov, dt, origin));

    private static Gen<(int N, Step[] Steps)> Tracks =>
        Gen.OneOf(4, 5, 6, 7).SelectMany(n => Steps(n).Array[1, 12].Select(s => (n, s)));

    private static void AssertIsAProbabilityVector(ClassBelief belief, TrackClassification c, string context)
    {
        double sum = 0, max = 0;
        foreach (double p in belief.Probabilities)
        {
            Assert.True(double.IsFinite(p) && p > 0 && p <= 1, $"{context}: p = {p}");
            sum += p;
            max = Math.Max(max, p);
        }
        Assert.True(Math.Abs(sum - 1) <= 1e-12, $"{context}: sum {sum:R}");
        Assert.Equal(max, c.Confidence);
        Assert.Equal(c.Confidence, c.Probabilities[c.MostLikely]);
        Span<double> copy = stackalloc double[ClassProbabilities.Count];
        c.Probabilities.CopyTo(copy);
        Assert.True(copy.SequenceEqual(belief.Probabilities), context);
    }

    [Fact]
    public void ThePosteriorIsAlwaysAFiniteProbabilityVector()
    {
        Tracks.Sample(track =>
        {
            var belief = Classifier.CreateBelief();
            var state = new GaussianState(track.N);
            double t = 0;
            for (int k = 0; k < track.Steps.Length; k++)
            {
                var s = track.Steps[k];
                s.Mean.CopyTo(state.Mean);
                s.Covariance.CopyTo(state.Covariance);
                t += s.TimeStep;
                state.Time = SimTime.FromSeconds(t);
                var c = Classifier.Update(belief, state, s.OriginHeight);
                AssertIsAProbabilityVector(belief, c, $"dimension {track.N}, step {k}");
                Assert.Equal(k + 1, belief.Updates);
            }
        }, iter: 3_000);
    }

    [Fact]
    public void UnderEveryValidOptionSetThePosteriorIsStillAFiniteProbabilityVector()
    {
        // Options at the edges of what validation allows: a prior nearly all on one class, full evidence weight, no
        // forgetting, the widest log-odds bound.
        var gen = Gen.Select(Gen.Double[1e-9, 1].Array[4], Gen.Double[1e-3, 1], Gen.Double[0, 0.999], Gen.Double[1, 700], Tracks);
        gen.Sample((raw, weight, forgetting, maxLogOdds, track) =>
        {
            double total = raw.Sum();
            var options = new ClassifierOptions(Prior: [.. raw.Select(v => v / total)], EvidenceWeight: weight,
                Forgetting: forgetting, MaxLogOdds: maxLogOdds);
            if (options.Problems().Count > 0) return;   // rounding made the prior miss 1 by more than 1e-9: not our case
            var classifier = new TrackClassifier(options);
            var belief = classifier.CreateBelief();
            var state = new GaussianState(track.N);
            double t = 0;
            foreach (var s in track.Steps)
            {
                s.Mean.CopyTo(state.Mean);
                s.Covariance.CopyTo(state.Covariance);
                t += s.TimeStep;
                state.Time = SimTime.FromSeconds(t);
                var c = classifier.Update(belief, state, s.OriginHeight);
                AssertIsAProbabilityVector(belief, c, "custom options");
            }
        }, iter: 500);
    }
}
