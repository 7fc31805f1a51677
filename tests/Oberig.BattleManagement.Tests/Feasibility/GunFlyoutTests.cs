using Oberig.BattleManagement.Feasibility;
using Oberig.Core.Numerics;

namespace Oberig.BattleManagement.Tests.Feasibility;

public class GunFlyoutTests
{
    private static readonly Oberig.Scenario.Catalog.InterceptorType Round = TestCatalog.GunRound with
    {
        MaxSpeedMps = 1175,
        BurstRounds = 40,
        Gun = new Oberig.Scenario.Catalog.GunBallistics { DispersionMrad = 1, VelocityDecayLengthM = 6000, KillGivenHit = 0.5 },
        GunPresentedAreaM2 = new Oberig.Scenario.Catalog.ClassAreas { Drone = 1 },
    };

    [Fact]
    public void TheBurstMeetsTheTargetWhereTheRoundsTimeOfFlightEqualsTheTime()
    {
        var flyout = new GunFlyout(new ConstantSpeedFlyout());
        var target = new Vec3(0, 2500, 500);
        var solution = flyout.Solve(Vec3.Zero, Round, target, new Vec3(0, -50, 0));
        Assert.NotNull(solution);
        var s = solution.Value;
        Assert.Equal(Oberig.Models.Effectors.Guns.GunBurst.TimeOfFlight(Round.Gun!, 1175, s.Point.Norm), s.TimeOfFlightS, 1e-6);
        // The burst's Pk at that range, recovered from the time of flight.
        var track = TestCatalog.Track(1, target, new Vec3(0, -50, 0), Oberig.BattleManagement.Evaluation.ThreatClass.Drone);
        double pk = new GunAwareKillProbability(CatalogKillProbability.Instance).SingleShot(Round, Vec3.Zero, track, s);
        Assert.Equal(Oberig.Models.Effectors.Guns.GunBurst.BurstKillProbability(Round.Gun!, 1, s.Point.Norm, 40), pk, 1e-6);
        // A class with no presented area falls back to the catalog table.
        var cruise = track with { Class = Oberig.BattleManagement.Evaluation.ThreatClass.Cruise };
        Assert.Equal(CatalogKillProbability.Instance.SingleShot(Round, Vec3.Zero, cruise, s), new GunAwareKillProbability(CatalogKillProbability.Instance).SingleShot(Round, Vec3.Zero, cruise, s));
    }
}
