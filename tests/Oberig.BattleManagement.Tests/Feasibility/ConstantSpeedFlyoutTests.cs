using CsCheck;
using Oberig.BattleManagement.Feasibility;
using Oberig.Core.Numerics;

namespace Oberig.BattleManagement.Tests.Feasibility;

public sealed class ConstantSpeedFlyoutTests
{
    /// <summary>The earliest t in [0, tMax] with |r + v t| ≤ s t, by scanning in small steps and bisecting the first
    /// sign change of f(t) = |r + v t| - s t: an oracle that knows nothing of the quadratic.</summary>
    private static double BruteForce(Vec3 r, Vec3 v, double s, double tMax)
    {
        double F(double t) => (r + v * t).Norm - s * t;
        const int steps = 200_000;
        double dt = tMax / steps, prev = 0;
        if (F(0) <= 0) return 0;
        for (int k = 1; k <= steps; k++)
        {
            double t = k * dt;
            if (F(t) <= 0)
            {
                double lo = prev, hi = t;
                for (int i = 0; i < 80; i++) { double mid = 0.5 * (lo + hi); if (F(mid) <= 0) hi = mid; else lo = mid; }
                return hi;
            }
            prev = t;
        }
        return double.NaN;
    }

    [Fact]
    public void The_intercept_quadratic_matches_a_brute_force_time_search()
    {
        var vec = Gen.Select(Gen.Double[-50_000, 50_000], Gen.Double[-50_000, 50_000], Gen.Double[0, 20_000]).Select((x, y, z) => new Vec3(x, y, z));
        var vel = Gen.Select(Gen.Double[-900, 900], Gen.Double[-900, 900], Gen.Double[-300, 300]).Select((x, y, z) => new Vec3(x, y, z));
        // Targets at least 1 km out: nearer, the window in which a faster target can be met shrinks below the scan step.
        Gen.Select(vec.Where(r => r.Norm >= 1000), vel, Gen.Double[200, 1500]).Sample((r, v, s) =>
        {
            double t = ConstantSpeedFlyout.InterceptTime(r, v, s);
            double oracle = BruteForce(r, v, s, 2000);
            bool ok = double.IsNaN(oracle) ? double.IsNaN(t) || t > 1999 : Math.Abs(t - oracle) <= 1e-6 * Math.Max(1, oracle);
            if (!ok) throw new InvalidOperationException($"r {r} v {v} s {s}: quadratic {t}, search {oracle}");
        }, iter: 300);
    }

    [Fact]
    public void A_head_on_target_is_met_where_the_closing_speeds_say()
    {
        // Target 30 km east coming west at 300 m/s; interceptor average 0.6 x 1400 = 840 m/s: t = 30000 / 1140.
        var flyout = new ConstantSpeedFlyout();
        var s = flyout.Solve(Vec3.Zero, TestCatalog.Aster, new Vec3(30_000, 0, 5000), new Vec3(-300, 0, 0))!.Value;
        double t = ConstantSpeedFlyout.InterceptTime(new Vec3(30_000, 0, 5000), new Vec3(-300, 0, 0), 840);
        Assert.Equal(t, s.TimeOfFlightS, 1e-12);
        Assert.Equal((s.Point - Vec3.Zero).Norm, 840 * t, 1e-6);
    }

    [Fact]
    public void A_target_running_away_faster_than_the_interceptor_cannot_be_caught()
    {
        Assert.True(double.IsNaN(ConstantSpeedFlyout.InterceptTime(new Vec3(10_000, 0, 0), new Vec3(1000, 0, 0), 800)));
        Assert.Null(new ConstantSpeedFlyout().Solve(Vec3.Zero, TestCatalog.GunRound, new Vec3(1000, 0, 100), new Vec3(2000, 0, 0)));
    }
}
