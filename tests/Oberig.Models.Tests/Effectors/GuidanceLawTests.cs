using CsCheck;
using Oberig.Core.Numerics;
using Oberig.Models.Effectors.Guidance;

namespace Oberig.Models.Tests.Effectors;

public class GuidanceLawTests
{
    private static readonly IGuidanceLaw[] Laws =
    [
        new PureProportionalNavigation(3), new TrueProportionalNavigation(3), new AugmentedProportionalNavigation(3),
    ];

    private static void AssertVec(Vec3 expected, Vec3 actual, double tolerance = 1e-9)
    {
        Assert.Equal(expected.X, actual.X, tolerance);
        Assert.Equal(expected.Y, actual.Y, tolerance);
        Assert.Equal(expected.Z, actual.Z, tolerance);
    }

    [Fact]
    public void ACollisionCourseNeedsNoCommand()
    {
        // The relative velocity lies along the line of sight (−400, 0, 0) against r = (1000, 0, 0): Ω = 0.
        var g = new EngagementGeometry(Vec3.Zero, new Vec3(300, 50, 0), new Vec3(1000, 0, 0), new Vec3(-100, 50, 0));
        Assert.Equal(Vec3.Zero, g.LineOfSightRate);
        foreach (var law in Laws) AssertVec(Vec3.Zero, law.Command(g));
    }

    // r = (1000, 0, 0) m, relative velocity (−300, 10, 0) m/s: Ω = r × v / r² = (0, 0, 0.01) rad/s, Vc = 300 m/s.
    private static readonly EngagementGeometry Crossing =
        new(Vec3.Zero, new Vec3(300, 0, 0), new Vec3(1000, 0, 0), new Vec3(0, 10, 0));

    [Fact]
    public void AKnownLineOfSightRateGivesTheTextbookCommand()
    {
        AssertVec(new Vec3(0, 0, 0.01), Crossing.LineOfSightRate, 1e-15);
        Assert.Equal(300, Crossing.ClosingSpeedMps, 1e-12);
        // PPN: N·Ω × V_M = 3·0.01·300 = 9 m/s² towards +y; TPN: N'·Vc·Ω × r̂ = 3·300·0.01 = 9 m/s² as well here.
        AssertVec(new Vec3(0, 9, 0), new PureProportionalNavigation(3).Command(Crossing));
        AssertVec(new Vec3(0, 9, 0), new TrueProportionalNavigation(3).Command(Crossing));
        // APN adds N'/2·aT normal to the line of sight: 1.5·20 = 30 m/s²; the 5 m/s² along the line of sight adds nothing.
        var manoeuvring = Crossing with { TargetAcceleration = new Vec3(5, 20, 0) };
        AssertVec(new Vec3(0, 39, 0), new AugmentedProportionalNavigation(3).Command(manoeuvring));
        AssertVec(new Vec3(0, 9, 0), new AugmentedProportionalNavigation(3).Command(Crossing));
    }

    [Fact]
    public void TheCommandIsCappedAtTheLimitAndKeepsItsDirection()
    {
        AssertVec(new Vec3(0, 5, 0), new PureProportionalNavigation(3, 5).Command(Crossing));
        AssertVec(new Vec3(0, 5, 0), new TrueProportionalNavigation(3, 5).Command(Crossing));
        AssertVec(new Vec3(0, 9, 0), new TrueProportionalNavigation(3, 10).Command(Crossing));
    }

    [Fact]
    public void TruePnIsProjectedNormalToTheInterceptorsVelocity()
    {
        // Interceptor flying at 45° off the line of sight: the raw TPN command (0, 9, 0) loses its part along V_M.
        var g = Crossing with { InterceptorVelocity = new Vec3(300, 300, 0) / Math.Sqrt(2), TargetVelocity = new Vec3(0, 10, 0) };
        var a = new TrueProportionalNavigation(3).Command(g);
        Assert.Equal(0, a.Dot(g.InterceptorVelocity), 1e-9);
    }

    [Fact]
    public void EveryCommandIsNormalToTheVelocityWithinTheLimitAndFinite()
    {
        var vec = Gen.Select(Gen.Double[-20_000, 20_000], Gen.Double[-20_000, 20_000], Gen.Double[-5_000, 5_000]).Select((x, y, z) => new Vec3(x, y, z));
        var vel = Gen.Select(Gen.Double[-1_500, 1_500], Gen.Double[-1_500, 1_500], Gen.Double[-500, 500]).Select((x, y, z) => new Vec3(x, y, z));
        const double limit = 40 * 9.80665;
        IGuidanceLaw[] laws = [new PureProportionalNavigation(4, limit), new TrueProportionalNavigation(4, limit), new AugmentedProportionalNavigation(4, limit)];
        Gen.Select(vec, vel.Where(v => v.Norm > 1), vec, vel, vel).Sample((rm, vm, rt, vt, at) =>
        {
            var g = new EngagementGeometry(rm, vm, rt, vt, at / 10);
            foreach (var law in laws)
            {
                var a = law.Command(g);
                if (!double.IsFinite(a.Norm) || a.Norm > limit * (1 + 1e-12)) return false;
                if (Math.Abs(a.Dot(vm.Normalized())) > 1e-9 * Math.Max(1, a.Norm)) return false;
            }
            return true;
        });
    }

    [Fact]
    public void ZeroRangeGivesZeroNotNaN()
    {
        var g = new EngagementGeometry(new Vec3(1, 2, 3), new Vec3(300, 0, 0), new Vec3(1, 2, 3), new Vec3(0, 10, 0), new Vec3(0, 30, 0));
        foreach (var law in Laws) Assert.True(double.IsFinite(law.Command(g).Norm));
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(-3, 100)]
    [InlineData(double.NaN, 100)]
    [InlineData(3, 0)]
    [InlineData(3, double.NaN)]
    public void BadSettingsAreRejected(double n, double limit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PureProportionalNavigation(n, limit));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrueProportionalNavigation(n, limit));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AugmentedProportionalNavigation(n, limit));
    }
}
