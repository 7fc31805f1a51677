using Oberig.Core.Numerics;
using Oberig.Scenario.Catalog;

namespace Oberig.BattleManagement.Feasibility;

/// <summary>A predicted intercept: the interceptor's time of flight from launch, s, and the point, ENU.</summary>
public readonly record struct FlyoutSolution(double TimeOfFlightS, Vec3 Point);

/// <summary>
/// The fly-out role: when and where an interceptor launched now from a launcher meets a target. Issue 5's fly-out
/// tables replace the interim <see cref="ConstantSpeedFlyout"/> behind this interface.
/// </summary>
public interface IFlyoutModel
{
    /// <summary>The earliest intercept of a target at <paramref name="targetPosition"/> moving at constant
    /// <paramref name="targetVelocity"/> by <paramref name="interceptor"/> launched now from <paramref name="launcher"/>;
    /// null when it cannot catch it.</summary>
    FlyoutSolution? Solve(Vec3 launcher, InterceptorType interceptor, Vec3 targetPosition, Vec3 targetVelocity);
}
