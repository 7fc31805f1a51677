using Oberig.Core.Numerics;
using Oberig.Core.Random;
using Oberig.Models.Effectors.Flight;
using Oberig.Models.Effectors.Guidance;

namespace Oberig.Models.Tests.Effectors;

public class GuidanceComputerTests
{
    private static readonly InterceptorAirframe Airframe = InterceptorFlightTests.Airframe;

    private static readonly IGuidanceLaw Law = new TrueProportionalNavigation(4, 40 * InterceptorFlight.G0);

    private static GuidanceComputer Computer(ulong seed, double? lockRange = null, double trackSigma = 0, double seekerSigma = 0) =>
        new(new GuidanceComputerOptions
        {
            Midcourse = Law, SeekerLockRangeM = lockRange, TrackPositionSigmaM = trackSigma, TrackVelocitySigmaMps = trackSigma / 10,
            SeekerAngleSigmaRad = seekerSigma,
        }, new RandomStream(seed));

    private static (FlyoutResult Result, GuidanceComputer Computer) Fly(GuidanceComputer g)
    {
        var target = new ConstantVelocityTarget(new Vec3(30_000, 3_000, 6_000), new Vec3(-250, 0, 0));
        var f = new InterceptorFlight(Airframe, Vec3.Zero, new Vec3(1, 0.1, 0.6), g, target);
        return (f.FlyToEnd(), g);
    }

    [Fact]
    public void TheSeekerLocksOnlyInRangeAndInsideTheFieldOfView()
    {
        var g = Computer(1, lockRange: 5_000);
        var v = new Vec3(300, 0, 0);
        g.Sample(1, Vec3.Zero, v, new TargetState(new Vec3(-1_000, 0, 0), Vec3.Zero, Vec3.Zero)); // behind: outside ±30°
        Assert.Equal(GuidancePhase.Midcourse, g.Phase);
        g.Sample(2, Vec3.Zero, v, new TargetState(new Vec3(6_000, 0, 0), Vec3.Zero, Vec3.Zero)); // ahead, too far
        Assert.Equal(GuidancePhase.Midcourse, g.Phase);
        g.Sample(3, Vec3.Zero, v, new TargetState(new Vec3(4_000, 1_000, 0), Vec3.Zero, Vec3.Zero)); // 14° off, 4.1 km
        Assert.Equal(GuidancePhase.Terminal, g.Phase);
        Assert.Equal(3, g.LockTimeS);
        g.Sample(4, Vec3.Zero, v, new TargetState(new Vec3(-1_000, 0, 0), Vec3.Zero, Vec3.Zero)); // stays locked
        Assert.Equal(GuidancePhase.Terminal, g.Phase);
    }

    [Fact]
    public void WithoutErrorsCommandGuidanceHits()
    {
        var (r, g) = Fly(Computer(1));
        Assert.True(r.ReachedTarget && r.MissM < 1, r.Describe());
        Assert.Equal(GuidancePhase.Midcourse, g.Phase);
        Assert.Null(g.LockTimeS);
    }

    [Fact]
    public void TheSeekerRemovesMostOfTheTrackErrorsMiss()
    {
        // A 50 m (per axis) track error, redrawn every step, guides the missile to within tens of metres only;
        // a seeker locking at 10 km with 1 mrad of angle noise brings it to metres. Mean over 8 seeds each.
        // Measured: 7.28 m command-only, 0.02 m homing (no range noise or glint here; the seeker's filter estimates the
        // target's velocity from its measurements).
        double commandOnly = 0, homing = 0;
        for (ulong seed = 1; seed <= 8; seed++)
        {
            var (c, _) = Fly(Computer(seed, trackSigma: 50));
            var (h, g) = Fly(Computer(seed, lockRange: 10_000, trackSigma: 50, seekerSigma: 1e-3));
            Assert.True(c.ReachedTarget && h.ReachedTarget, $"{c.Describe()}; {h.Describe()}");
            Assert.Equal(GuidancePhase.Terminal, g.Phase);
            Assert.True(double.IsFinite(c.MissM) && double.IsFinite(h.MissM));
            commandOnly += c.MissM / 8;
            homing += h.MissM / 8;
        }
        Assert.True(commandOnly > 5, $"command-only mean miss {commandOnly:F2} m");
        Assert.True(homing < commandOnly / 3, $"homing mean miss {homing:F2} m against command-only {commandOnly:F2} m");
    }

    /// <summary>Mean miss of the notional airframe (0.3 s flight control lag) homing with a seeker locking at 10 km, over
    /// six target start points 400 m apart (so a weave is met at six phases) and four seeds at each.</summary>
    private static double MeanHomingMiss(double angleSigma, double glintSigma, double weaveG)
    {
        var law = Law;
        double sum = 0;
        int n = 0;
        for (int i = 0; i < 6; i++)
        for (ulong seed = 1; seed <= 4; seed++)
        {
            var options = new GuidanceComputerOptions
            {
                Midcourse = law, SeekerLockRangeM = 10_000, TrackPositionSigmaM = 20, TrackVelocitySigmaMps = 2,
                SeekerAngleSigmaRad = angleSigma, SeekerGlintSigmaM = glintSigma, SeekerRangeSigmaM = 3,
            };
            var start = new Vec3(30_000 + 400 * i, 3_000, 6_000);
            var velocity = new Vec3(-250, 0, 0);
            ITargetMotion target = weaveG == 0
                ? new ConstantVelocityTarget(start, velocity)
                : new WeavingTarget(start, velocity, new Vec3(0, 1, 0), weaveG * InterceptorFlight.G0, 6);
            var flight = new InterceptorFlight(Airframe, Vec3.Zero, new Vec3(1, 0.1, 0.6), new GuidanceComputer(options, new RandomStream(seed)),
                target, InterceptorFlightOptions.Default with { AutopilotTimeConstantS = 0.3 });
            var r = flight.FlyToEnd();
            Assert.True(r.ReachedTarget, r.Describe());
            sum += r.MissM;
            n++;
        }
        return sum / n;
    }

    [Fact]
    public void MoreSeekerAngleNoiseMissesByMore()
    {
        // The seeker's filter averages its measurements but cannot remove them: the miss grows with the angle noise.
        // Glint is off so that the angle noise alone sets the cross-range noise (0.5 m of glint is a floor that hides
        // the smallest angle noise); range noise 3 m. Measured: 0.025, 0.133, 0.995 m at 0.5, 2, 8 mrad.
        double small = MeanHomingMiss(0.5e-3, 0, 0), medium = MeanHomingMiss(2e-3, 0, 0), large = MeanHomingMiss(8e-3, 0, 0);
        Assert.True(medium > 2 * small && large > 2 * medium, $"mean miss {small:F3}, {medium:F3}, {large:F3} m at 0.5, 2, 8 mrad");
    }

    [Fact]
    public void AWeavingTargetMissesByMoreThanAStraightOne()
    {
        // With the notional seeker (1 mrad, 0.5 m glint, 3 m range noise) the filter estimates no acceleration and the
        // airframe lags 0.3 s, so a 3 g weave (6 s period) is followed late. Measured: 0.24 m straight, 0.43 m weaving.
        double straight = MeanHomingMiss(1e-3, 0.5, 0), weaving = MeanHomingMiss(1e-3, 0.5, 3);
        Assert.True(weaving > 1.5 * straight, $"mean miss {weaving:F3} m weaving against {straight:F3} m straight");
    }

    [Fact]
    public void HomingOnTheSeekerAllocatesNothingPerStep()
    {
        // The engine flies thousands of missiles: the seeker's filter keeps its covariance by value. Counted in bytes
        // allocated on this thread (not timed), after a warm-up that locks and runs every path once.
        var g = new GuidanceComputer(new GuidanceComputerOptions
        {
            Midcourse = Law, SeekerLockRangeM = 10_000, SeekerAngleSigmaRad = 1e-3, SeekerGlintSigmaM = 0.5, SeekerRangeSigmaM = 3,
        }, new RandomStream(5));
        var v = new Vec3(600, 0, 0);
        void Steps(int from, int to)
        {
            for (int k = from; k < to; k++)
            {
                double t = k * 0.01;
                var target = new TargetState(new Vec3(8_000 - 250 * t, 100, 50), new Vec3(-250, 0, 0), Vec3.Zero);
                g.Sample(t, v * t, v, target);
                _ = g.Command(t + 0.005, v * (t + 0.005), v);
            }
        }
        Steps(0, 100);
        Assert.Equal(GuidancePhase.Terminal, g.Phase);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Steps(100, 1_000);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void AFlightIsAPureFunctionOfItsSeed()
    {
        var a = Fly(Computer(42, lockRange: 10_000, trackSigma: 50, seekerSigma: 1e-3)).Result;
        var b = Fly(Computer(42, lockRange: 10_000, trackSigma: 50, seekerSigma: 1e-3)).Result;
        var c = Fly(Computer(43, lockRange: 10_000, trackSigma: 50, seekerSigma: 1e-3)).Result;
        Assert.Equal(a, b);
        Assert.NotEqual(a.MissM, c.MissM);
    }

    [Fact]
    public void BadOptionsGetAClearMessage()
    {
        var e = Assert.Throws<ArgumentException>(() => Computer(1, lockRange: -5));
        Assert.Contains("SeekerLockRangeM", e.Message);
        Assert.Throws<ArgumentException>(() => Computer(1, trackSigma: double.NaN));
        var range = Assert.Throws<ArgumentException>(() => new GuidanceComputer(
            new GuidanceComputerOptions { Midcourse = Law, SeekerRangeSigmaM = -1 }, new RandomStream(1)));
        Assert.Contains("SeekerRangeSigmaM", range.Message);
        Assert.Throws<ArgumentException>(() => new GuidanceComputer(
            new GuidanceComputerOptions { Midcourse = Law, SeekerFilterManeuverMps2 = double.PositiveInfinity }, new RandomStream(1)));
        Assert.Throws<InvalidOperationException>(() => Computer(1).Command(0, Vec3.Zero, new Vec3(1, 0, 0)));
    }

    [Fact]
    public void BetweenTrackUpdatesTheLastTrackIsExtrapolated()
    {
        // A 1 s track period: the sample at 0.5 s is ignored, so the command is the one on the 0 s track.
        var v = new Vec3(300, 0, 0);
        var first = new TargetState(new Vec3(5_000, 500, 0), new Vec3(-200, 0, 0), Vec3.Zero);
        var moved = new TargetState(new Vec3(5_000, -800, 0), new Vec3(-200, 50, 0), Vec3.Zero);
        GuidanceComputer Make() => new(new GuidanceComputerOptions { Midcourse = Law, TrackUpdatePeriodS = 1 }, new RandomStream(1));
        var held = Make();
        held.Sample(0, Vec3.Zero, v, first);
        held.Sample(0.5, new Vec3(150, 0, 0), v, moved);
        var reference = Make();
        reference.Sample(0, Vec3.Zero, v, first);
        Assert.Equal(reference.Command(0.5, new Vec3(150, 0, 0), v), held.Command(0.5, new Vec3(150, 0, 0), v));
        held.Sample(1, new Vec3(300, 0, 0), v, moved); // a new track arrives
        Assert.NotEqual(reference.Command(1, new Vec3(300, 0, 0), v), held.Command(1, new Vec3(300, 0, 0), v));
    }

    [Fact]
    public void ASlowTrackWithTheSameErrorMissesByMoreThanAFastOne()
    {
        // The same 20 m track error redrawn every 1 s instead of every 0.01 s step: the missile cannot average it out.
        // Measured: 24.35 m against 3.71 m mean miss over 6 seeds.
        double fast = 0, slow = 0;
        for (ulong seed = 1; seed <= 6; seed++)
        {
            var options = new GuidanceComputerOptions { Midcourse = Law, TrackPositionSigmaM = 20, TrackVelocitySigmaMps = 2 };
            fast += Fly(new GuidanceComputer(options, new RandomStream(seed))).Result.MissM / 6;
            slow += Fly(new GuidanceComputer(options with { TrackUpdatePeriodS = 1 }, new RandomStream(seed))).Result.MissM / 6;
        }
        Assert.True(slow > 1.5 * fast, $"mean miss {slow:F2} m with a 1 s track against {fast:F2} m with a per-step one");
    }
}
