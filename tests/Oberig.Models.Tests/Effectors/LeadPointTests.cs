using Oberig.Core.Numerics;
using Oberig.Models.Effectors.Guidance;

namespace Oberig.Models.Tests.Effectors;

public class LeadPointTests
{
    [Fact]
    public void HeadOnTheLeadTimeIsTheRangeOverTheSumOfTheSpeedsEvenForATargetFasterThanTheInterceptor()
    {
        // Closed form: t = D / (s + v). A 2,000 m/s target 90 km out against a 700 m/s interceptor: 33.33 s, where
        // iterating t = |D + V t| / s diverges (factor v/s ≈ 2.9).
        Assert.Equal(90_000.0 / 2_700, LeadPoint.Time(new Vec3(90_000, 0, 0), new Vec3(-2_000, 0, 0), 700), 9);
        Assert.Equal(90_000.0 / 2_700 * 700, LeadPoint.Of(Vec3.Zero, 700, new Vec3(90_000, 0, 0), new Vec3(-2_000, 0, 0)).X, 6);
    }

    [Theory]
    [InlineData(30_000, 10_000, 5_000, -250, 100, 0, 800)]
    [InlineData(20_000, 40_000, 12_000, -900, -1_200, -400, 1_000)]
    [InlineData(5_000, 0, 1_000, 300, 0, 0, 400)]
    public void TheLeadTimeIsTheEarliestMeetingABruteForceScanFinds(double x, double y, double z, double vx, double vy, double vz, double speed)
    {
        var d = new Vec3(x, y, z);
        var v = new Vec3(vx, vy, vz);
        double t = LeadPoint.Time(d, v, speed);
        // Second method: scan t in 1 ms steps for the first sign change of |D + V t| − s t, then bisect.
        double previous = d.Norm, found = double.NaN;
        for (double s = 0.001; s < 1000; s += 0.001)
        {
            double g = (d + v * s).Norm - speed * s;
            if (g <= 0 && previous > 0) { found = s; break; }
            previous = g;
        }
        Assert.Equal(found, t, 2e-3);
        Assert.Equal(speed * t, (d + v * t).Norm, 1e-6);
    }

    [Fact]
    public void ATargetRunningAwayFasterThanTheInterceptorHasNoLeadPoint()
    {
        Assert.True(double.IsNaN(LeadPoint.Time(new Vec3(10_000, 0, 0), new Vec3(900, 0, 0), 600)));
        Assert.Equal(new Vec3(10_000, 0, 0), LeadPoint.Of(Vec3.Zero, 600, new Vec3(10_000, 0, 0), new Vec3(900, 0, 0)));
        Assert.True(double.IsNaN(LeadPoint.Time(new Vec3(10_000, 0, 0), Vec3.Zero, 0)));
    }
}
