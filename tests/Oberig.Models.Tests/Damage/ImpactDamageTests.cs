using Oberig.Core.Geodesy;
using Oberig.Models.Damage;
using Oberig.Scenario.Model;

namespace Oberig.Models.Tests.Damage;

public class ImpactDamageTests
{
    private static readonly DefendedAsset Plant = new("plant", "power plant", new Geodetic(50, 30, 100), 1_000, 2_000);
    private static readonly DefendedAsset City = new("city", "city", new Geodetic(50.1, 30, 150), 5_000, 5_000);

    [Fact]
    public void RepeatedHitsLeaveValueTimesOneMinusFToTheN()
    {
        var ledger = new AssetDamageLedger([Plant, City]);
        const double f = 0.3;
        for (int n = 1; n <= 5; n++)
        {
            double lost = ImpactDamage.Apply(ledger, new Geodetic(50, 30.01, 0), f); // ~716 m east of the plant
            Assert.Equal(1_000 * Math.Pow(1 - f, n - 1) * f, lost, 1e-9);
            Assert.Equal(1_000 * Math.Pow(1 - f, n), ledger.Remaining(0), 1e-9);
        }
        Assert.Equal(5_000, ledger.Remaining(1));
        Assert.Equal(1_000 * (1 - Math.Pow(0.7, 5)), ledger.TotalDamage, 1e-9);
        Assert.Equal(6_000, ledger.TotalValue);
        var hit = Assert.Single(ledger.LastHits.ToArray());
        Assert.Equal(0, hit.AssetIndex);
    }

    [Fact]
    public void AnImpactHitsOnlyTheAssetsWhoseRadiusContainsIt()
    {
        var ledger = new AssetDamageLedger([Plant, City]);
        // 0.06° of latitude (~111.2 km/°) north of the plant: 6.7 km from it (outside 2 km), 4.4 km from the city (inside 5 km).
        Assert.Equal(0.5 * 5_000, ImpactDamage.Apply(ledger, new Geodetic(50.06, 30, 0), 0.5), 1e-9);
        Assert.Equal(0, ImpactDamage.Apply(ledger, new Geodetic(49.5, 30, 0), 0.5));
        Assert.Equal(0, ledger.LastHits.Length);
        Assert.Equal(0.4 * 1_000, ImpactDamage.Apply(ledger, new Geodetic(50.015, 30, 0), 0.4), 1e-9); // 1.67 km from the plant, 9.5 km from the city: the plant only
    }

    [Fact]
    public void ApplyingAnImpactAllocatesNothing()
    {
        var ledger = new AssetDamageLedger([Plant, City]);
        ImpactDamage.Apply(ledger, new Geodetic(50, 30, 0), 0.1);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++) ImpactDamage.Apply(ledger, new Geodetic(50, 30, 0), 0.01);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        ledger.Reset();
        Assert.Equal(0, ledger.TotalDamage);
        Assert.Equal(1_000, ledger.Remaining(0));
    }
}

public class ImpactDamageOverlapTests
{
    [Fact]
    public void AnImpactInsideTwoRadiiHitsBoth()
    {
        var a = new DefendedAsset("a", "a", new Geodetic(50, 30, 0), 100, 3_000);
        var b = new DefendedAsset("b", "b", new Geodetic(50.02, 30, 0), 200, 3_000);
        var ledger = new AssetDamageLedger([a, b]);
        Assert.Equal(0.25 * 300, ImpactDamage.Apply(ledger, new Geodetic(50.01, 30, 0), 0.25), 1e-9);
        Assert.Equal(2, ledger.LastHits.Length);
    }
}
