using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Models.Effectors.Tables;
using Oberig.Scenario.Catalog;

namespace Oberig.BattleManagement.Feasibility;

/// <summary>
/// The fly-out role from the 3-DOF fly-out tables (<see cref="FlyoutTable"/>): the intercept is the earliest time t
/// at which the missile's time of flight to the target's predicted position equals t
/// (<see cref="FlyoutTable.InterceptTime"/>: a scan over the table's longest time of flight and bisection); no
/// intercept when the predicted path never enters the table's reachable
/// region in time. Interceptors without a fly-out table in the catalog (gun rounds) use <paramref name="fallback"/>.
/// The table is looked up over the round earth, as it was flown: at the ground distance from the launcher to the
/// target's foot along <paramref name="frameEarth"/> and the target's height above it less the launcher's, so a low
/// target far out is low, not below the frame's tangent plane.
/// </summary>
/// <param name="frameEarth">The sphere of the frame the launchers and tracks are given in, its origin at sea level
/// (the battle frame's: the Gaussian radius at its latitude). Null: the mean earth.</param>
public sealed class TableFlyout(IFlyoutModel fallback, FlyoutTableOptions? options = null, LocalSphere? frameEarth = null) : IFlyoutModel
{
    private readonly LocalSphere _earth = frameEarth ?? LocalSphere.Mean;

    public TableFlyout() : this(new ConstantSpeedFlyout()) { }

    public FlyoutSolution? Solve(Vec3 launcher, InterceptorType interceptor, Vec3 targetPosition, Vec3 targetVelocity)
    {
        if (interceptor.Flyout is null || interceptor.MassKg is null) return fallback.Solve(launcher, interceptor, targetPosition, targetVelocity);
        var table = FlyoutTable.For(interceptor, options);
        double launcherHeight = _earth.HeightAbove(launcher);
        double? time = table.InterceptTime(t =>
        {
            var p = targetPosition + targetVelocity * t;
            return table.TimeOfFlight(_earth.GroundDistanceM(launcher, p), _earth.HeightAbove(p) - launcherHeight);
        });
        return time is { } t ? new FlyoutSolution(t, targetPosition + targetVelocity * t) : null;
    }
}
