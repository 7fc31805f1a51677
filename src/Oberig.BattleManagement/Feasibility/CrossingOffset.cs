using Oberig.Core.Numerics;

namespace Oberig.BattleManagement.Feasibility;

/// <summary>
/// The offset (crossing range, crossing parameter) of a target's path from a launcher: the horizontal distance from
/// the launcher to the line of the target's horizontal velocity through its position, in a flat local frame (x east,
/// y north, z up). A target flying straight at the launcher has offset 0; one passing abeam at 5 km has 5 km, coming
/// or going. For a straight path it does not change along the path, so it is a property of the track, not of the
/// intercept point.
/// </summary>
public static class CrossingOffset
{
    /// <summary>
    /// Below this horizontal speed, m/s, the velocity's direction is tracker noise rather than a path, so the offset
    /// is the horizontal range itself (the largest it could be, so a hovering target is never let in by noise).
    /// </summary>
    public const double HoverSpeedMps = 1;

    public static double Of(Vec3 launcher, Vec3 position, Vec3 velocity)
    {
        double dx = position.X - launcher.X, dy = position.Y - launcher.Y;
        double speed = Math.Sqrt(velocity.X * velocity.X + velocity.Y * velocity.Y);
        if (!(speed >= HoverSpeedMps)) return Math.Sqrt(dx * dx + dy * dy);
        // |r × v| / |v| in the horizontal plane: the perpendicular distance to the ground track's line.
        return Math.Abs(dx * velocity.Y - dy * velocity.X) / speed;
    }
}
