using Oberig.Core.Numerics;
using Oberig.Models.Effectors.Guidance;

namespace Oberig.Models.Tests.Effectors;

public class LoftedMidcourseTests
{
    private static readonly IGuidanceLaw Pn = new TrueProportionalNavigation(4, 300);

    private static EngagementGeometry Geometry(double rangeM) =>
        new(new Vec3(0, 0, 1000), new Vec3(800, 0, 100), new Vec3(rangeM, 300, 2000), new Vec3(-200, 0, 0));

    [Fact]
    public void No_loft_or_inside_the_terminal_range_is_the_inner_law_unchanged()
    {
        var far = Geometry(60_000);
        Assert.Equal(Pn.Command(far), new LoftedMidcourse(Pn, 0, 15_000).Command(far));
        var near = Geometry(10_000);
        Assert.Equal(Pn.Command(near), new LoftedMidcourse(Pn, 0.6, 15_000).Command(near));
    }

    [Fact]
    public void Beyond_the_terminal_range_the_inner_law_steers_at_the_raised_point()
    {
        var g = Geometry(60_000);
        double d = Math.Sqrt(60_000.0 * 60_000 + 300 * 300);
        var still = g with { TargetVelocity = Vec3.Zero };
        var raised = still with { TargetPosition = g.TargetPosition + new Vec3(0, 0, 0.6 * (d - 15_000)) };
        var command = new LoftedMidcourse(Pn, 0.6, 15_000).Command(still);
        Assert.Equal(Pn.Command(raised), command);
        // The raised point is above the line of sight: the command pulls up, where the plain one pulls down.
        Assert.True(command.Z > 0 && Pn.Command(still).Z < command.Z, $"{command} against {Pn.Command(still)}");
    }

    [Fact]
    public void A_moving_target_is_lofted_over_its_predicted_intercept_point_not_its_present_position()
    {
        // An incoming ballistic-like target 90 km out at 2,000 m/s; the missile flies 1,000 m/s. Second method, closed
        // form of the fixed point: along a line of sight the target closes head-on, so the meeting is at
        // t = 90 km / (1,000 + 2,000) m/s = 30 s, 30 km out.
        var g = new EngagementGeometry(Vec3.Zero, new Vec3(1000, 0, 0), new Vec3(90_000, 0, 0), new Vec3(-2000, 0, 0));
        var law = new LoftedMidcourse(Pn, 0.5, 15_000);
        var pip = law.PredictedInterceptPoint(g);
        Assert.Equal(30_000, pip.X, 1e-3);
        var raised = new EngagementGeometry(g.InterceptorPosition, g.InterceptorVelocity, pip + new Vec3(0, 0, 0.5 * (30_000 - 15_000)), Vec3.Zero);
        Assert.Equal(Pn.Command(raised), law.Command(g));
        // Slow off the rail, the assumed speed stands in: at 30 m/s with 970 m/s assumed it is the same point.
        var slow = g with { InterceptorVelocity = new Vec3(30, 0, 0) };
        Assert.Equal(30_000, new LoftedMidcourse(Pn, 0.5, 15_000, 1000).PredictedInterceptPoint(slow).X, 1e-3);
        // Inside the terminal range of the predicted point (not of the target, 40 km out) it homes on the target itself.
        var close = g with { TargetPosition = new Vec3(40_000, 0, 0) };
        Assert.True(law.PredictedInterceptPoint(close).X < 15_000);
        Assert.Equal(Pn.Command(close), law.Command(close));
    }

    [Fact]
    public void Bad_settings_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LoftedMidcourse(Pn, -0.1, 15_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LoftedMidcourse(Pn, 0.3, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LoftedMidcourse(Pn, 0.3, 15_000, -1));
    }
}
