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
        var raised = g with { TargetPosition = g.TargetPosition + new Vec3(0, 0, 0.6 * (d - 15_000)) };
        var command = new LoftedMidcourse(Pn, 0.6, 15_000).Command(g);
        Assert.Equal(Pn.Command(raised), command);
        // The raised point is above the line of sight: the command pulls up, where the plain one pulls down.
        Assert.True(command.Z > 0 && Pn.Command(g).Z < command.Z, $"{command} against {Pn.Command(g)}");
    }

    [Fact]
    public void Bad_settings_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LoftedMidcourse(Pn, -0.1, 15_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LoftedMidcourse(Pn, 0.3, double.NaN));
    }
}
