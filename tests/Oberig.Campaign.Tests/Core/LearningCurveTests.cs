using Oberig.Campaign.Production;

namespace Oberig.Campaign.Tests.Core;

public class LearningCurveTests
{
    [Theory]
    [InlineData(0.9)]
    [InlineData(0.8)]
    [InlineData(1.0)]
    public void EachDoublingOfOutputMultipliesTheUnitCostByTheLearningRate(double rate)
    {
        // Wright (1936): the 2^k-th unit costs first × rate^k.
        var curve = new LearningCurve(1000, rate);
        for (int k = 0; k <= 10; k++)
            Assert.Equal(1000 * Math.Pow(rate, k), curve.UnitCost(1 << k), 9);
    }

    [Fact]
    public void ABudgetBuysTheUnitsWhoseSummedCostsItCovers()
    {
        var curve = new LearningCurve(1000, 0.85);
        // Brute force: add unit costs one by one from unit 101.
        double budget = 20_000, spent = 0;
        int units = 0;
        while (spent + curve.UnitCost(100 + units + 1) <= budget) spent += curve.UnitCost(100 + ++units);
        var (affordable, cost) = curve.Affordable(100, budget, int.MaxValue);
        Assert.Equal(units, affordable);
        Assert.Equal(spent, cost, 9);
        Assert.Equal(5, curve.Affordable(100, budget, 5).Units);
    }
}
