using Oberig.BattleManagement.Feasibility;
using Oberig.Core.Numerics;

namespace Oberig.BattleManagement.Tests.Feasibility;

/// <summary>The offset against hand geometry (its use in feasibility: EngagementFeasibilityTests).</summary>
public sealed class CrossingOffsetTests
{
    private static readonly Vec3 Launcher = new(1000, 2000, 30);

    [Theory]
    // A crossing path 5 km north of the launcher, flying west: 5 km, whatever the height or climb.
    [InlineData(31_000, 7000, 500, -200, 0, 10, 5000)]
    // Head-on (diving straight at the launcher): 0.
    [InlineData(21_000, 2000, 500, -250, 0, -10, 0)]
    // Receding on a line 3 km south of the launcher: the same 3 km as closing on it.
    [InlineData(21_000, -1000, 500, 250, 0, 0, 3000)]
    // Diagonal: from 10 km east towards the north-west, distance 10 km / √2 to the line.
    [InlineData(11_000, 2000, 500, -100, 100, 0, 7071.067811865475)]
    // Hovering (0.36 m/s horizontal, climbing fast): its horizontal range, 3-4-5.
    [InlineData(4000, 6000, 100, 0.3, 0.2, 5, 5000)]
    public void Offset_is_the_horizontal_distance_to_the_ground_track(double x, double y, double z, double vx, double vy, double vz, double expected)
    {
        Assert.Equal(expected, CrossingOffset.Of(Launcher, new Vec3(x, y, z), new Vec3(vx, vy, vz)), 1e-6);
    }

    [Fact]
    public void Offset_does_not_change_along_a_straight_path()
    {
        var p = new Vec3(40_000, -7000, 800);
        var v = new Vec3(-180, 60, -2);
        Assert.Equal(CrossingOffset.Of(Launcher, p, v), CrossingOffset.Of(Launcher, p + v * 150, v), 1e-6);
    }
}
