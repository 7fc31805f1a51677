using CsCheck;
using Oberig.Models.Effectors.Fuze;

namespace Oberig.Models.Tests.Effectors;

public class KillFunctionTests
{
    [Fact]
    public void CookieCutterIsThePeakInsideAndZeroOutside()
    {
        var k = new CookieCutterKill(10, 0.9);
        Assert.Equal(0.9, k.KillProbability(0));
        Assert.Equal(0.9, k.KillProbability(10));
        Assert.Equal(0, k.KillProbability(10.000001));
        Assert.Equal(0, k.KillProbability(double.PositiveInfinity));
    }

    [Fact]
    public void CarletonHasItsPeakAtZeroAndPeakOverEAtTheRadius()
    {
        var k = new CarletonKill(10, 0.9);
        Assert.Equal(0.9, k.KillProbability(0));
        Assert.Equal(0.9 / Math.E, k.KillProbability(10), 1e-15);
        Assert.Equal(0.9 * Math.Exp(-4), k.KillProbability(20), 1e-15);
        Assert.Equal(0, k.KillProbability(double.PositiveInfinity));
    }

    [Fact]
    public void CarletonHasTheCookieCuttersLethalArea()
    {
        // ∫ Pk(m)·2πm dm over (0, 10R) by the trapezoid rule, against π·R²·P0.
        const double r = 7, p0 = 0.8;
        var k = new CarletonKill(r, p0);
        double area = 0, h = r / 2_000;
        for (double m = 0; m < 10 * r; m += h)
            area += h / 2 * (k.KillProbability(m) * 2 * Math.PI * m + k.KillProbability(m + h) * 2 * Math.PI * (m + h));
        Assert.Equal(Math.PI * r * r * p0, area, Math.PI * r * r * p0 * 1e-6);
    }

    [Fact]
    public void BothAreNonIncreasingAndWithinZeroAndOne()
    {
        Gen.Select(Gen.Double[0.1, 200], Gen.Double[0, 1], Gen.Double[0, 1_000], Gen.Double[0, 1_000]).Sample((r, p, a, b) =>
        {
            foreach (var k in new IKillFunction[] { new CookieCutterKill(r, p), new CarletonKill(r, p) })
            {
                double pa = k.KillProbability(Math.Min(a, b)), pb = k.KillProbability(Math.Max(a, b));
                if (!(pa >= pb && pa <= p && pb >= 0)) return false;
            }
            return true;
        });
    }

    [Theory]
    [InlineData("cookie-cutter", typeof(CookieCutterKill))]
    [InlineData("carleton", typeof(CarletonKill))]
    public void TheFactoryBuildsByName(string name, Type type)
    {
        var k = KillFunctions.Create(name, 12);
        Assert.IsType(type, k);
        Assert.Equal(12, k.LethalRadiusM);
    }

    [Fact]
    public void BadInputGetsAClearMessage()
    {
        var e = Assert.Throws<ArgumentException>(() => KillFunctions.Create("gaussian-blob", 10));
        Assert.Contains("cookie-cutter, carleton", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CarletonKill(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CookieCutterKill(10, 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CarletonKill(10).KillProbability(-3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CookieCutterKill(10).KillProbability(double.NaN));
    }
}
