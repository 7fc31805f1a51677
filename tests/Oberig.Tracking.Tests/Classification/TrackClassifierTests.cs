using Oberig.Core.Time;
using Oberig.Tracking.Classification;
using Oberig.Tracking.State;

namespace Oberig.Tracking.Tests.Classification;

public class TrackClassifierTests
{
    private static readonly TrackClassifier Classifier = new();
    private static readonly ulong[] Seeds = [.. Enumerable.Range(1, 20).Select(i => (ulong)(1000 + i))];

    public static TheoryData<TrackClass> Classes => new(Enum.GetValues<TrackClass>());

    private static (Func<double, Kinematics> Profile, double HeightSigma) Typical(TrackClass c) => c switch
    {
        TrackClass.Drone => (SyntheticTrack.Drone, 50),
        TrackClass.CruiseMissile => (SyntheticTrack.CruiseMissile, 30),
        TrackClass.BallisticMissile => (SyntheticTrack.BallisticMissile, 300),   // elevation noise at long range
        TrackClass.Aircraft => (SyntheticTrack.Aircraft, 100),
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    /// <summary>The classification after each of <paramref name="scans"/> scans of a synthetic track.</summary>
    private static TrackClassification[] Run(Func<double, Kinematics> profile, ulong seed, int scans, double heightSigma = 50,
        TrackClassifier? classifier = null)
    {
        classifier ??= Classifier;
        var track = new SyntheticTrack(profile, seed, heightSigma);
        var belief = classifier.CreateBelief();
        var result = new TrackClassification[scans];
        for (int k = 0; k < scans; k++) result[k] = classifier.Update(belief, track.Next());
        return result;
    }

    [Theory]
    [MemberData(nameof(Classes))]
    public void ATypicalTrackOfEachClassIsClassifiedWithConfidenceAbove09AfterAFewScans(TrackClass truth)
    {
        var (profile, heightSigma) = Typical(truth);
        foreach (ulong seed in Seeds)
        {
            var history = Run(profile, seed, 30, heightSigma);
            for (int k = 4; k < history.Length; k++)   // from the fifth scan on, every scan
            {
                Assert.True(history[k].MostLikely == truth, $"seed {seed}, scan {k + 1}: {history[k]}");
                Assert.True(history[k].Confidence > 0.9, $"seed {seed}, scan {k + 1}: {history[k]}");
            }
        }
    }

    [Fact]
    public void AnAmbiguousTrackBetweenSlowAircraftAndFastDroneGetsAClearlyLowerConfidence()
    {
        // 120 m/s at 1,500 m, level: above the drone band (30-70 m/s, edge 20) and just inside the aircraft band
        // (100-300 m/s), at a height typical of both. The evidence per scan is weak and, thanks to forgetting, stays weak.
        var ambiguous = SyntheticTrack.Level(120, 1_500);
        var clear = Seeds.Select(s => Run(SyntheticTrack.Drone, s, 20)[^1].Confidence).Min();
        double sum = 0;
        int count = 0;
        foreach (ulong seed in Seeds)
        {
            var history = Run(ambiguous, seed, 20);
            for (int k = 4; k < history.Length; k++)
            {
                var c = history[k];
                Assert.True(c.MostLikely is TrackClass.Drone or TrackClass.Aircraft, $"seed {seed}, scan {k + 1}: {c}");
                Assert.True(c.Probabilities.Drone + c.Probabilities.Aircraft > 0.99, $"seed {seed}, scan {k + 1}: {c}");
                Assert.True(c.Confidence < 0.95, $"seed {seed}, scan {k + 1}: {c}");
                sum += c.Confidence;
                count++;
            }
        }
        double mean = sum / count;
        Assert.True(mean < 0.8, $"mean confidence of the ambiguous track {mean:0.###}");
        Assert.True(clear > 0.999, $"least confident clear drone {clear:0.#####}");
        Assert.True(clear - mean > 0.15, $"ambiguous {mean:0.###} vs clear {clear:0.#####}");
    }

    [Theory]
    [MemberData(nameof(Classes))]
    public void ConfidenceRisesAsConsistentEvidenceAccumulates(TrackClass truth)
    {
        var (profile, heightSigma) = Typical(truth);
        double first = 0, third = 0, tenth = 0;
        foreach (ulong seed in Seeds)
        {
            var history = Run(profile, seed, 10, heightSigma);
            Assert.True(history[9].Confidence >= history[0].Confidence, $"seed {seed}: first {history[0]}, tenth {history[9]}");
            first += history[0].Probabilities[truth];
            third += history[2].Probabilities[truth];
            tenth += history[9].Probabilities[truth];
        }
        // On average over seeds the probability of the true class never falls from scan 1 to 3 to 10.
        Assert.True(first <= third && third <= tenth, $"mean p(truth): scan 1 {first / Seeds.Length}, 3 {third / Seeds.Length}, 10 {tenth / Seeds.Length}");
        if (truth is TrackClass.Drone or TrackClass.CruiseMissile)
            Assert.True(first / Seeds.Length < 0.97, "the slow classes are not yet certain on the first, vague scan");
    }

    [Fact]
    public void ATrackThatTurnsFromCruiseLikeToBallisticTerminalDiveIsReclassifiedWithinThreeScans()
    {
        // 25 scans of cruise-missile kinematics (230 m/s at 60 m), then a ballistic terminal dive: 1,200 m/s ground speed,
        // −800 m/s vertical, from 12 km. Without forgetting the 25 scans of cruise evidence would have to be paid back.
        const int switchScan = 25;
        Func<double, Kinematics> profile = t => t <= switchScan
            ? SyntheticTrack.CruiseMissile(t)
            : SyntheticTrack.Descending(1_200, 12_000 + 800 * switchScan, -800)(t);
        foreach (ulong seed in Seeds)
        {
            var history = Run(profile, seed, switchScan + 6, heightSigma: 30);
            Assert.Equal(TrackClass.CruiseMissile, history[switchScan - 1].MostLikely);
            Assert.True(history[switchScan - 1].Confidence > 0.99);
            int reclassified = Array.FindIndex(history, switchScan, c => c.MostLikely == TrackClass.BallisticMissile) - switchScan + 1;
            Assert.InRange(reclassified, 1, 3);
            Assert.True(history[^1].MostLikely == TrackClass.BallisticMissile && history[^1].Confidence > 0.99, $"seed {seed}: {history[^1]}");
        }
    }

    [Fact]
    public void AModerateButPersistentContraryEvidenceOvertakesAConfidentClassificationOnlyThanksToForgetting()
    {
        // A track is confidently a drone for 30 scans (45 m/s at 2,500 m), then accelerates over 10 s to 140 m/s: aircraft
        // kinematics, by a few nats a scan. With the default forgetting it becomes an aircraft within ~10 scans; with no
        // forgetting and no log-odds bound, 30 scans of drone evidence (tens of nats) still outweigh 25 scans of it.
        var profile = SyntheticTrack.SpeedChange(45, 140, 30, 40, 2_500);
        var rigid = new TrackClassifier(new ClassifierOptions(Forgetting: 0, MaxLogOdds: 700));
        foreach (ulong seed in Seeds)
        {
            var forgetful = Run(profile, seed, 55);
            var stubborn = Run(profile, seed, 55, classifier: rigid);
            Assert.Equal(TrackClass.Drone, forgetful[29].MostLikely);
            Assert.Equal(TrackClass.Drone, stubborn[29].MostLikely);
            Assert.True(forgetful[^1].MostLikely == TrackClass.Aircraft && forgetful[^1].Confidence > 0.9, $"seed {seed}: {forgetful[^1]}");
            Assert.True(stubborn[^1].MostLikely == TrackClass.Drone, $"seed {seed}: {stubborn[^1]}");
        }
    }

    [Fact]
    public void AHugeCovarianceLeavesThePosteriorAtThePrior()
    {
        var prior = new[] { 0.6, 0.2, 0.05, 0.15 };
        var classifier = new TrackClassifier(new ClassifierOptions(Prior: prior));
        var belief = classifier.CreateBelief();
        // A new track: any mean, variance 1e12 (σ 1,000 km, 1,000 km/s) on every component.
        var state = new GaussianState(6);
        state.SetDiagonalCovariance([1e12, 1e12, 1e12, 1e12, 1e12, 1e12]);
        for (int k = 1; k <= 10; k++)
        {
            ReadOnlySpan<double> mean = [1000 * k, 1500, 0, 30, 40_000, -700];
            mean.CopyTo(state.Mean);
            state.Time = SimTime.FromSeconds(k);
            classifier.Update(belief, state);
            for (int c = 0; c < prior.Length; c++) Assert.Equal(prior[c], belief.Probabilities[c], 1e-4);
        }
    }

    [Fact]
    public void AHugeVelocityCovarianceMakesTheVelocityIrrelevant()
    {
        // Position known (height 1,000 m ± 20 m), velocity not at all: the velocity's mean must not matter, whatever it
        // is; only the height speaks.
        static double[] After(double speed, double verticalSpeed)
        {
            var belief = Classifier.CreateBelief();
            var state = new GaussianState(6);
            state.SetDiagonalCovariance([400, 1e12, 400, 1e12, 400, 1e12]);
            for (int k = 1; k <= 5; k++)
            {
                ReadOnlySpan<double> mean = [speed * k, speed, 0, 0, 1_000, verticalSpeed];
                mean.CopyTo(state.Mean);
                state.Time = SimTime.FromSeconds(k);
                Classifier.Update(belief, state);
            }
            return belief.Probabilities.ToArray();
        }
        var slow = After(50, 0);
        var fast = After(1_500, -700);
        TestMath.AssertClose(slow, fast, 1e-4, "posterior");
        // And the height alone favours the classes that fly at 1 km, as it should.
        Assert.True(slow[(int)TrackClass.Drone] > slow[(int)TrackClass.CruiseMissile]);
        Assert.True(slow[(int)TrackClass.Drone] > slow[(int)TrackClass.BallisticMissile]);
    }

    [Fact]
    public void ATwoDimensionalTrackIsClassifiedFromGroundSpeedAndAccelerationAlone()
    {
        var belief = Classifier.CreateBelief();
        var state = new GaussianState(4);
        state.SetDiagonalCovariance([100, 4, 100, 4]);
        TrackClassification c = default;
        for (int k = 1; k <= 10; k++)
        {
            ReadOnlySpan<double> mean = [1_500.0 * k, 1_500, 0, 0];
            mean.CopyTo(state.Mean);
            state.Time = SimTime.FromSeconds(k);
            c = Classifier.Update(belief, state);
        }
        Assert.Equal(TrackClass.BallisticMissile, c.MostLikely);
        Assert.Equal(10, belief.Updates);
    }

    [Fact]
    public void ResetReturnsToThePrior()
    {
        var belief = Classifier.CreateBelief();
        var track = new SyntheticTrack(SyntheticTrack.CruiseMissile, 3);
        for (int k = 0; k < 5; k++) Classifier.Update(belief, track.Next());
        Assert.True(belief.Current.Confidence > 0.9);
        Classifier.Reset(belief);
        Assert.Equal(0, belief.Updates);
        foreach (double p in belief.Probabilities) Assert.Equal(0.25, p, 1e-15);
    }

    [Fact]
    public void TheSameInputsGiveBitIdenticalPosteriors()
    {
        var a = Run(SyntheticTrack.Aircraft, 42, 15);
        var b = Run(SyntheticTrack.Aircraft, 42, 15);
        Assert.Equal(a, b);
    }

    [Fact]
    public void AnUpdateAllocatesNothing()
    {
        var belief = Classifier.CreateBelief();
        var state = new GaussianState(6);
        state.SetDiagonalCovariance([900, 9, 900, 9, 2500, 9]);
        void Step(int k)
        {
            state.Mean[0] = 50 * k; state.Mean[1] = 50 + (k % 3); state.Mean[3] = 1; state.Mean[4] = 1000; state.Mean[5] = 0;
            state.Time = SimTime.FromSeconds(k);
            Classifier.Update(belief, state, originHeight: 120);
            _ = belief.Current;
        }
        for (int k = 1; k <= 50; k++) Step(k);   // warm-up: JIT and tiering
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int k = 51; k <= 1050; k++) Step(k);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
