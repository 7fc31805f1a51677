using Oberig.Core.Numerics;
using Oberig.Core.Random;
using Oberig.Models.Effectors.Flight;
using Oberig.Models.Effectors.Fuze;
using Oberig.Models.Effectors.Guidance;
using Oberig.Models.Tests.Sensors;

namespace Oberig.Models.Tests.Effectors;

/// <summary>The project catalog's interceptors, flown by the point-mass model.</summary>
public class CatalogInterceptorTests
{
    /// <summary>Below this a missile can no longer turn usefully against an air-breathing target (about Mach 0.9).</summary>
    private const double SpeedFloorMps = 300;

    // Sourced figures (catalog/interceptors.yaml, shared/REFERENCE-DATA.md), each "about" a round number: ±10 %.
    // aster-30: about 150 km for Aster 30 B1 (journaldeleconomie.fr 2025-03; tio.ch 2025 in REFERENCE-DATA.md).
    // mica: 20 km for VL MICA (weeklydefencenews.com; flight.com.gr 2024-06).
    // crotale-vt1: about 11 km ("working to 12 km", life.ru 2022-11-20).
    [Theory]
    [InlineData("aster-30", 150_000)]
    [InlineData("mica", 20_000)]
    [InlineData("crotale-vt1", 11_000)]
    public void MaximumKinematicRangeMatchesTheSourcedFigure(string id, double sourcedRangeM)
    {
        var airframe = CatalogAirframe.From(TestSensors.Catalog.Interceptors[id]);
        var best = KinematicRange.Maximum(airframe, SpeedFloorMps);
        Assert.InRange(best.RangeM, 0.9 * sourcedRangeM, 1.1 * sourcedRangeM);
        // And the peak speed stays within 15 % of the catalog's max_speed_mps (the drag and motor are one tuning).
        var vertical = new InterceptorFlight(airframe, Vec3.Zero, new Vec3(1, 0, 1), options: new() { MinSpeedMps = SpeedFloorMps }).FlyToEnd();
        double max = TestSensors.Catalog.Interceptors[id].MaxSpeedMps;
        Assert.InRange(vertical.MaxSpeedMps, 0.7 * max, 1.05 * max);
    }

    [Fact]
    public void Aster30ReachesTheB1CeilingOfAbout25Km()
    {
        // 25 km altitude for Aster 30 B1 (REFERENCE-DATA.md): a vertical shot still above the speed floor there.
        var airframe = CatalogAirframe.From(TestSensors.Catalog.Interceptors["aster-30"]);
        var up = new InterceptorFlight(airframe, Vec3.Zero, new Vec3(0, 0, 1), options: new() { MinSpeedMps = SpeedFloorMps }).FlyToEnd();
        Assert.True(up.MaxHeightM > 25_000, $"ceiling {up.MaxHeightM:F0} m");
    }

    [Theory]
    [InlineData("aster-30", 40_000, 8_000, -300)]
    [InlineData("mica", 10_000, 2_000, -250)]
    [InlineData("crotale-vt1", 6_000, 1_000, -250)]
    public void EachCatalogMissileKillsACrossingTargetInsideItsEnvelope(string id, double x, double z, double vx)
    {
        var type = TestSensors.Catalog.Interceptors[id];
        var airframe = CatalogAirframe.From(type);
        var kill = CatalogAirframe.KillFunction(type);
        var target = new ConstantVelocityTarget(new Vec3(x, 1_000, z), new Vec3(vx, 50, 0));
        var law = new TrueProportionalNavigation(4, airframe.MaxLateralG * InterceptorFlight.G0);
        // Launched towards the target's first position, a little above it (the launcher trained on the threat).
        var launch = target.At(0).Position.Normalized() + new Vec3(0, 0, 0.2);
        var r = new InterceptorFlight(airframe, Vec3.Zero, launch, law, target).FlyToEnd();
        Assert.True(r.ReachedTarget, r.Describe());
        Assert.True(r.MissM < kill.LethalRadiusM, r.Describe());
        Assert.True(kill.KillProbability(r.MissM) > 0.3);
    }

    [Fact]
    public void GunRoundsHaveNoFlyoutAndSaySo()
    {
        var gun = TestSensors.Catalog.Interceptors["gepard-35mm"];
        var e = Assert.Throws<ArgumentException>(() => CatalogAirframe.From(gun));
        Assert.Contains("gepard-35mm", e.Message);
        Assert.Contains("no flyout table", e.Message);
        Assert.IsType<CookieCutterKill>(CatalogAirframe.KillFunction(TestSensors.Catalog.Interceptors["crotale-vt1"]));
    }

    [Fact]
    public void AnUnknownTypeGetsAMessageNamingTheClosest()
    {
        var e = Assert.Throws<ArgumentException>(() => CatalogAirframe.From(TestSensors.Catalog, "aster-31"));
        Assert.Contains("aster-31", e.Message);
        Assert.Contains("aster-30", e.Message);
        var wrongKind = Assert.Throws<ArgumentException>(() => CatalogAirframe.KillFunction(TestSensors.Catalog, "samp-t"));
        Assert.Contains("samp-t", wrongKind.Message);
        Assert.Equal(445, CatalogAirframe.From(TestSensors.Catalog, "aster-30").LaunchMassKg);
    }

    [Theory]
    [InlineData("aster-30", 15_000.0, 40_000, 8_000)]
    [InlineData("mica", 10_000.0, 10_000, 2_000)]
    [InlineData("crotale-vt1", null, 6_000, 1_000)]
    public void TheCatalogSeekerLocksAtItsRangeOrNeverWithoutOne(string id, double? lockRangeM, double x, double z)
    {
        var type = TestSensors.Catalog.Interceptors[id];
        var airframe = CatalogAirframe.From(type);
        var law = new TrueProportionalNavigation(4, airframe.MaxLateralG * InterceptorFlight.G0);
        var options = CatalogAirframe.Guidance(type, law);
        Assert.Equal(lockRangeM, options.SeekerLockRangeM);
        var computer = new GuidanceComputer(options with { TrackPositionSigmaM = 10, SeekerAngleSigmaRad = 1e-3 }, new RandomStream(7));
        var target = new ConstantVelocityTarget(new Vec3(x, 1_000, z), new Vec3(-250, 0, 0));
        var launch = target.At(0).Position.Normalized() + new Vec3(0, 0, 0.2);
        var f = new InterceptorFlight(airframe, Vec3.Zero, launch, computer, target);
        double rangeAtLock = double.NaN;
        while (true)
        {
            // The computer samples at the step's start: the range it saw is the one before the step.
            double before = (target.At(f.TimeS).Position - f.Position).Norm;
            var phase = computer.Phase;
            bool flying = f.Step();
            if (phase == GuidancePhase.Midcourse && computer.Phase == GuidancePhase.Terminal) rangeAtLock = before;
            if (!flying) break;
        }
        var r = f.Result!.Value;
        Assert.True(r.ReachedTarget, r.Describe());
        Assert.True(r.MissM < CatalogAirframe.KillFunction(type).LethalRadiusM, r.Describe());
        if (lockRangeM is { } lockRange)
        {
            // Locked at the first sample inside the lock range: within one 0.01 s step (< 30 m) of it.
            Assert.Equal(GuidancePhase.Terminal, computer.Phase);
            Assert.InRange(rangeAtLock, lockRange - 30, lockRange);
        }
        else Assert.Null(computer.LockTimeS);
    }
}
