using Oberig.Models.Effectors.Guns;
using Oberig.Scenario.Catalog;

namespace Oberig.Models.Tests.Effectors;

public class GunBurstTests
{
    private static readonly GunBallistics Gun = new() { DispersionMrad = 2, VelocityDecayLengthM = 6000, KillGivenHit = 0.5 };

    [Fact]
    public void TimeOfFlightIsTheIntegralOfTheDecayingSpeed()
    {
        // Second method: trapezoid sum of ds / v(s) with v(s) = v0 e^(-s/L).
        double sum = 0, ds = 0.1;
        for (int k = 0; k < 30_000; k++)
        {
            double s = k * ds;
            sum += 0.5 * ds * (1 / (1175 * Math.Exp(-s / 6000)) + 1 / (1175 * Math.Exp(-(s + ds) / 6000)));
        }
        Assert.Equal(sum, GunBurst.TimeOfFlight(Gun, 1175, 3000), 6);
        Assert.Equal(0, GunBurst.TimeOfFlight(Gun, 1175, 0));
    }

    [Fact]
    public void HitProbabilityIsTheCircularNormalMassOverTheTargetsDisc()
    {
        // At 1 km σ = 2 m; a 1 m² target is a disc of radius 0.564 m: p = 1 - exp(-a²/2σ²) = 1 - exp(-(1/π)/8).
        Assert.Equal(1 - Math.Exp(-1 / Math.PI / 8), GunBurst.HitProbability(Gun, 1, 1000), 12);
        // Small-target limit: p → A / (2π σ²).
        Assert.Equal(0.01 / (2 * Math.PI * 16), GunBurst.HitProbability(Gun, 0.01, 2000), 8);
        Assert.Equal(0, GunBurst.HitProbability(Gun, 0, 1000));
    }

    [Fact]
    public void BurstsCompoundIndependentRoundsAndFallWithRange()
    {
        double p = GunBurst.HitProbability(Gun, 1, 2000) * 0.5;
        Assert.Equal(1 - Math.Pow(1 - p, 40), GunBurst.BurstKillProbability(Gun, 1, 2000, 40), 12);
        double near = GunBurst.BurstKillProbability(Gun, 1, 1000, 40), far = GunBurst.BurstKillProbability(Gun, 1, 4000, 40);
        Assert.True(near > far && far > 0, $"1 km {near:F3}, 4 km {far:F3}");
        Assert.True(GunBurst.BurstKillProbability(Gun, 0.5, 2000, 40) < GunBurst.BurstKillProbability(Gun, 1, 2000, 40));
    }
}
