using Oberig.Core.Numerics;
using Oberig.Core.Random;
using Oberig.Models.Effectors.Engagement;
using Oberig.Models.Effectors.Flight;
using Oberig.Models.Effectors.Tables;
using Oberig.Models.Tests.Sensors;

namespace Oberig.Models.Tests.Effectors;

public class KillProbabilityTableTests
{
    private static readonly Oberig.Scenario.Catalog.InterceptorType Mica = TestSensors.Catalog.Interceptors["mica"];

    [Fact]
    public void AgainstSlowTargetsInsideTheEnvelopeEveryCellIsTheMissilesReliabilityLessASubMetreMiss()
    {
        // MICA: reliability 0.9 (catalog, notional) is the Carleton kill function's peak; a miss under 1 m against its
        // 6 m lethal radius keeps 0.9·exp(−(1/6)²) = 0.875. Where the fly-out table cannot reach there is no value.
        var table = KillProbabilityTable.For(Mica);
        var flyout = FlyoutTable.For(Mica);
        for (int i = 0; i < table.GroundRangesM.Count; i++)
            for (int j = 0; j < table.HeightsM.Count; j++)
            {
                bool reachable = !double.IsNaN(flyout.TimeOfFlight(table.GroundRangesM[i], table.HeightsM[j]));
                Assert.Equal(!reachable, double.IsNaN(table.At(0, 0, i, j)));
                if (!reachable || table.GroundRangesM[i] < Mica.MinRangeM) continue;
                for (int s = 0; s < 3; s++) // 50, 150, 300 m/s: drones, cruise missiles
                    Assert.InRange(table.At(s, 0, i, j), 0.875, 0.9);
            }
        // Twice MICA's sourced range: nothing.
        Assert.Equal(0, table.KillProbability(50, 0, 40_000, 1000));
        for (int k = 0; k < 2000; k++)
            Assert.True(table.KillProbability(30 + k, 0, 12_000, 5 * k) <= 0.9 + 1e-12);
    }

    [Fact]
    public void AFastTargetAtTheTopOfTheEnvelopeIsHardAndTheCellIsItsOwnEngagement()
    {
        // At 2,400 m/s and 10.8 km (the grid's top, 1.2 × MICA's 9 km ceiling) the table gives almost nothing at any
        // range, where a 50 m/s target there gets the reliability.
        var table = KillProbabilityTable.For(Mica);
        int top = table.HeightsM.Count - 1, fastest = table.TargetSpeedsMps.Count - 1;
        for (int i = 1; i < table.GroundRangesM.Count; i++)
        {
            if (double.IsNaN(table.At(fastest, 0, i, top))) continue;
            Assert.True(table.At(fastest, 0, i, top) < 0.1, $"{table.GroundRangesM[i]:F0} m: {table.At(fastest, 0, i, top)}");
            Assert.True(table.At(0, 0, i, top) > 0.875);
        }
        // The cell is the engagement it names: flown here from its range, height and speed (40 runs with the table's
        // notional track error, on other streams), the mean Pk agrees with the table's within Monte Carlo scatter;
        // flown without any noise the same shot misses by metres where a slow target's is centimetres.
        var model = MissileModel.TryCreate(Mica, SingleEngagement.TrackUpdatePeriodS)!;
        var noisy = model.Guidance with { TrackPositionSigmaM = SingleEngagement.TrackPositionSigmaM, TrackVelocitySigmaMps = SingleEngagement.TrackVelocitySigmaMps };
        var quiet = model.Guidance with { SeekerAngleSigmaRad = 0, SeekerGlintSigmaM = 0, SeekerRangeSigmaM = 0 };
        FlyoutResult Fly(int speedIndex, Oberig.Models.Effectors.Guidance.GuidanceComputerOptions guidance, int run)
        {
            double range = table.GroundRangesM[2], height = table.HeightsM[top], speed = table.TargetSpeedsMps[speedIndex];
            var earth = model.Flight.Earth;
            double tof = model.Table.TimeOfFlight(range, height);
            var target = new GreatCircleTarget(earth, earth.PointAt(range + speed * tof * earth.RadiusM / (earth.RadiusM + height), 0, height),
                new Vec3(-1, 0, 0), speed);
            return model.Launch(model.Flight, guidance, Vec3.Zero, earth.PointAt(range, 0, height), target, RandomStreams.For(7, run, "check")).FlyToEnd();
        }
        double mean = Enumerable.Range(0, 40).Average(k => Fly(fastest, noisy, k) is { ReachedTarget: true } e ? model.Kill.KillProbability(e.MissM) : 0);
        Assert.True(Math.Abs(mean - table.At(fastest, 0, 2, top)) < 0.1, $"flown {mean:F3}, table {table.At(fastest, 0, 2, top):F3}");
        var fast = Fly(fastest, quiet, 0);
        var slow = Fly(0, quiet, 0);
        Assert.True(fast.MissM > 1 && slow.MissM < 0.1, $"fast {fast.Describe()}, slow {slow.Describe()}");
    }

    [Fact]
    public void LookupsInterpolateLinearlyBetweenGridPointsAndClampAtTheEnds()
    {
        var table = KillProbabilityTable.For(Mica);
        double r = table.GroundRangesM[1], h = table.HeightsM[1];
        Assert.Equal(table.At(3, 0, 1, 1), table.KillProbability(table.TargetSpeedsMps[3], 0, r, h), 12);
        double mid = 0.5 * (table.TargetSpeedsMps[4] + table.TargetSpeedsMps[5]);
        Assert.Equal(0.5 * (table.At(4, 0, 1, 1) + table.At(5, 0, 1, 1)), table.KillProbability(mid, 0, r, h), 12);
        double quarter = table.GroundRangesM[1] + 0.25 * (table.GroundRangesM[2] - table.GroundRangesM[1]);
        Assert.Equal(0.75 * table.At(5, 0, 1, 4) + 0.25 * table.At(5, 0, 2, 4), table.KillProbability(table.TargetSpeedsMps[5], 0, quarter, table.HeightsM[4]), 12);
        // Beyond the fastest speed and below the lowest height the edge values hold.
        Assert.Equal(table.At(5, 0, 1, 0), table.KillProbability(5000, 0, r, 0), 12);
    }

    [Fact]
    public void TheTableIsBuiltOnceAndDoesNotDependOnThreads()
    {
        Assert.Same(KillProbabilityTable.For(Mica), KillProbabilityTable.For(Mica));
        var options = KillProbabilityTableOptions.Default with { TargetSpeedsMps = [300, 1200], RangeStride = 8, HeightStride = 6, Runs = 3, PilotRuns = 3 };
        var a = KillProbabilityTable.Build(Mica, options);
        var b = KillProbabilityTable.Build(Mica, options);
        for (int s = 0; s < 2; s++)
            for (int k = 0; k < a.AspectsDeg.Count; k++)
                for (int i = 0; i < a.GroundRangesM.Count; i++)
                    for (int j = 0; j < a.HeightsM.Count; j++)
                        Assert.Equal(a.At(s, k, i, j), b.At(s, k, i, j));
    }

    [Fact]
    public void ACellFlownOnFirstLookupIsTheCellTheWholeTableBuilds()
    {
        // The shared table flies its cells as lookups touch them, in whatever order and on whatever thread; each is the
        // value the eager build gives, since every run draws from a stream seeded by cell and run.
        var options = KillProbabilityTableOptions.Default with { TargetSpeedsMps = [300, 1200], AspectsDeg = [0, 90], RangeStride = 8, HeightStride = 6, Seed = 3 };
        var eager = KillProbabilityTable.Build(Mica, options);
        var lazy = KillProbabilityTable.For(Mica, options);
        Assert.True(lazy.FlownCells < 2 * 2 * lazy.GroundRangesM.Count * lazy.HeightsM.Count);
        Parallel.For(0, 4, k => Assert.Equal(eager.At(k % 2, 1 - k / 2, 1, 1), lazy.At(k % 2, 1 - k / 2, 1, 1)));
        Assert.Equal(eager.KillProbability(700, 40, 9_000, 2_000), lazy.KillProbability(700, 40, 9_000, 2_000), 12);
    }

    [Fact]
    public void AFastCrossingTargetOutsideTheSeekersViewMeetsTheUplinksMissAndAWideSeekerHitsIt()
    {
        // On a collision course the line of sight lies along the closing velocity, so the look angle off the missile's
        // velocity is the lead angle, sin λ = (v_t / v_m) sin(aspect). At a 90° crossing, 600 m/s against MICA's
        // ~1,000 m/s, that is about 37°, beyond its seeker's 30° half-cone (catalog: 60° full): it never locks and flies
        // on the fire-control track (SingleEngagement's notional 30 m error) to the end, where a 6 m lethal radius
        // leaves little. Head-on (λ = 0) it locks and hits. The same missile with a seeker that looks anywhere (a
        // 360° cone) hits the crossing target too: the field of view, not the airframe, is what the aspect costs.
        var options = KillProbabilityTableOptions.Default with { TargetSpeedsMps = [600, 601], AspectsDeg = [0, 90], RangeStride = 8, HeightStride = 6, Runs = 6, PilotRuns = 6 };
        var narrow = KillProbabilityTable.Build(Mica, options);
        var wide = KillProbabilityTable.Build(Mica with { Flyout = Mica.Flyout! with { SeekerFovDeg = 360 } }, options);
        int i = 1, j = 1; // 8.6 km out, 3.6 km up: mid-envelope
        Assert.True(narrow.At(0, 0, i, j) > 0.8, $"head-on {narrow.At(0, 0, i, j):F3}");
        Assert.True(narrow.At(0, 1, i, j) < 0.3, $"crossing, 60° seeker {narrow.At(0, 1, i, j):F3}");
        Assert.True(wide.At(0, 1, i, j) > 0.8, $"crossing, 360° seeker {wide.At(0, 1, i, j):F3}");
    }

    [Fact]
    public void ACellsTargetPassesTheInterceptPointAtTheTimeOfFlightOnItsAspectsHeading()
    {
        var earth = Oberig.Core.Geodesy.LocalSphere.AtLatitude(50);
        foreach (double aspect in new[] { 0.0, 45, 90, 135 })
        {
            var target = KillProbabilityTable.Target(earth, 20_000, 3_000, 600, aspect, 40);
            var there = target.At(40);
            Assert.True((there.Position - earth.PointAt(20_000, 0, 3_000)).Norm < 1e-6, $"{aspect}: {there.Position}");
            Assert.Equal(600, there.Velocity.Norm, 6);
            Assert.Equal(3_000, earth.HeightAbove(target.At(0).Position), 6); // level: on the great circle at its height
            // Within 1e-3°: the frame's horizontal heading tilts by the 20 km of arc to the point (3e-3 rad) when dropped
            // onto the point's own horizontal.
            Assert.InRange(KillProbabilityTable.AspectDeg(earth, Vec3.Zero, there.Position, there.Velocity), aspect - 1e-3, aspect + 1e-3);
        }
    }

    [Theory]
    [InlineData(-300, 0, 0, 0)]      // level, straight at the launcher
    [InlineData(0, 250, 0, 90)]      // level crossing
    [InlineData(300, 0, 0, 180)]     // receding
    [InlineData(-866.0254037844386, 0, -500, 30)] // diving at 30° along the head-on course
    [InlineData(-212.13203435596427, 212.13203435596427, 0, 45)]
    public void TheAspectIsTheAngleFromTheLevelCourseStraightAtTheLauncher(double vx, double vy, double vz, double expectedDeg)
    {
        // Flat earth, target 10 km east of the launcher and 2 km up: head-on is due west and level.
        var point = new Vec3(10_000, 0, 2_000);
        Assert.Equal(expectedDeg, KillProbabilityTable.AspectDeg(Oberig.Core.Geodesy.LocalSphere.Flat, Vec3.Zero, point, new Vec3(vx, vy, vz)), 9);
    }

    [Fact]
    public void BadOptionsAndUnflownTypesAreRefusedWithTheirReason()
    {
        var gun = TestSensors.Catalog.Interceptors["gepard-35mm"];
        Assert.Contains("cannot be flown", Assert.Throws<ArgumentException>(() => KillProbabilityTable.Build(gun, KillProbabilityTableOptions.Default)).Message);
        Assert.Contains("increasing", Assert.Throws<ArgumentException>(() => KillProbabilityTable.Build(Mica, KillProbabilityTableOptions.Default with { TargetSpeedsMps = [300, 100] })).Message);
        Assert.Contains("AspectsDeg", Assert.Throws<ArgumentException>(() => KillProbabilityTable.Build(Mica, KillProbabilityTableOptions.Default with { AspectsDeg = [90, 45] })).Message);
        Assert.Contains("AspectsDeg", Assert.Throws<ArgumentException>(() => KillProbabilityTable.Build(Mica, KillProbabilityTableOptions.Default with { AspectsDeg = [0, 200] })).Message);
        Assert.Contains("Runs", Assert.Throws<ArgumentException>(() => KillProbabilityTable.Build(Mica, KillProbabilityTableOptions.Default with { Runs = 0 })).Message);
    }
}
