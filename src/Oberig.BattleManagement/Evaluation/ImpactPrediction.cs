using Oberig.Core.Numerics;

namespace Oberig.BattleManagement.Evaluation;

/// <summary>The closed forms threat evaluation predicts impacts with. Flat ground, no drag, no earth curvature: an
/// interim approximation for the decision cycle, whose predictions are redone every cycle from fresh tracks.</summary>
public static class ImpactPrediction
{
    /// <summary>
    /// Time for a body at height <paramref name="up"/> climbing at <paramref name="upSpeed"/> under gravity
    /// <paramref name="gravity"/> to reach <paramref name="groundUp"/>: the later root of
    /// up + upSpeed t - g t² / 2 = groundUp, t = (upSpeed + √(upSpeed² + 2 g (up - groundUp))) / g. Zero when it is
    /// already at or below the ground.
    /// </summary>
    public static double BallisticTimeToGround(double up, double upSpeed, double gravity, double groundUp)
    {
        double height = up - groundUp;
        if (height <= 0) return 0;
        return (upSpeed + Math.Sqrt(upSpeed * upSpeed + 2 * gravity * height)) / gravity;
    }

    /// <summary>Time for a straight line at height <paramref name="up"/> falling at <paramref name="upSpeed"/> (negative)
    /// to reach the ground; null when it is not descending.</summary>
    public static double? StraightLineTimeToGround(double up, double upSpeed, double groundUp)
    {
        if (up <= groundUp) return 0;
        if (!(upSpeed < 0)) return null;
        return (groundUp - up) / upSpeed;
    }

    /// <summary>
    /// Horizontal closest point of approach of a track at <paramref name="position"/> moving at
    /// <paramref name="velocity"/> to <paramref name="target"/>: t* = (r · v) / |v|² with r the horizontal offset to the
    /// target, and the miss distance |r - v t*|. Null when the track moves away (t* &lt; 0) or slower than
    /// <paramref name="minSpeed"/> horizontally.
    /// </summary>
    public static (double Time, double Miss)? ClosestApproach(Vec3 position, Vec3 velocity, Vec3 target, double minSpeed)
    {
        var v = new Vec3(velocity.X, velocity.Y, 0);
        var r = new Vec3(target.X - position.X, target.Y - position.Y, 0);
        double speed2 = v.NormSquared;
        if (speed2 < minSpeed * minSpeed) return null;
        double t = r.Dot(v) / speed2;
        if (t < 0) return null;
        return (t, (r - v * t).Norm);
    }

    /// <summary>Horizontal distance between two ENU points.</summary>
    public static double Horizontal(Vec3 a, Vec3 b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
