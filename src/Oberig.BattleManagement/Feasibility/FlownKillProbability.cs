using Oberig.BattleManagement.Evaluation;
using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Models.Effectors.Engagement;
using Oberig.Models.Effectors.Tables;
using Oberig.Scenario.Catalog;

namespace Oberig.BattleManagement.Feasibility;

/// <summary>
/// Kill probability per missile from the type's <see cref="KillProbabilityTable"/>, flown by the 3-DOF model the
/// engine flies: at the track's speed, its aspect at the intercept point (how far its course turns away from straight
/// at the launcher) and the intercept point's ground range and height from the launcher (over the table's earth), so
/// a long shot at a fast target high up, or at a fast crossing one its seeker cannot see, gets the low Pk its missile
/// earns there, whatever the target's class. Types the model cannot fly (gun rounds, missiles without fly-out data) take
/// <paramref name="fallback"/>'s.
/// </summary>
/// <param name="frameEarth">The sphere of the frame the launchers and tracks are given in, its origin at sea level
/// (as <see cref="TableFlyout"/>'s). Null: the mean earth.</param>
public sealed class FlownKillProbability(IKillProbabilityModel fallback, KillProbabilityTableOptions? options = null, LocalSphere? frameEarth = null)
    : IKillProbabilityModel
{
    private readonly LocalSphere _earth = frameEarth ?? LocalSphere.Mean;

    public double SingleShot(InterceptorType interceptor, Vec3 launcher, AirTrack track, FlyoutSolution intercept)
    {
        ArgumentNullException.ThrowIfNull(interceptor);
        ArgumentNullException.ThrowIfNull(track);
        if (!MissileModel.CanFly(interceptor)) return fallback.SingleShot(interceptor, launcher, track, intercept);
        var table = KillProbabilityTable.For(interceptor, options);
        return table.KillProbability(track.Velocity.Norm, KillProbabilityTable.AspectDeg(_earth, launcher, intercept.Point, track.Velocity),
            _earth.GroundDistanceM(launcher, intercept.Point),
            _earth.HeightAbove(intercept.Point) - _earth.HeightAbove(launcher));
    }
}
