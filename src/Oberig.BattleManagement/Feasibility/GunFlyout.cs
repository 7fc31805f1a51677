using Oberig.Core.Numerics;
using Oberig.Models.Effectors.Guns;
using Oberig.Scenario.Catalog;

namespace Oberig.BattleManagement.Feasibility;

/// <summary>
/// The fly-out role for gun rounds with catalog ballistics (<see cref="GunBallistics"/>): the burst meets the target
/// where the round's time of flight to its predicted position equals the time, found by fixed-point iteration
/// t ← t(|p(t)|) (a contraction while the target is much slower than the round). Anything else goes to
/// <paramref name="fallback"/>.
/// </summary>
public sealed class GunFlyout(IFlyoutModel fallback) : IFlyoutModel
{
    public FlyoutSolution? Solve(Vec3 launcher, InterceptorType interceptor, Vec3 targetPosition, Vec3 targetVelocity)
    {
        if (interceptor.Kind != InterceptorKind.GunRound || interceptor.Gun is not { } gun)
            return fallback.Solve(launcher, interceptor, targetPosition, targetVelocity);
        var r = targetPosition - launcher;
        double t = 0;
        for (int k = 0; k < 50; k++)
        {
            double next = GunBurst.TimeOfFlight(gun, interceptor.MaxSpeedMps, (r + targetVelocity * t).Norm);
            if (!double.IsFinite(next)) return null;
            if (Math.Abs(next - t) < 1e-6) return new FlyoutSolution(next, targetPosition + targetVelocity * next);
            t = next;
        }
        return null; // no convergence: a target too fast for the round
    }
}

/// <summary>
/// Kill probability per shot: for a gun round with catalog ballistics and a presented area for the track's class,
/// the burst's Pk at the intercept's slant range (<see cref="GunBurst"/>, range recovered from the time of flight);
/// otherwise <paramref name="fallback"/>'s (the catalog table).
/// </summary>
public sealed class GunAwareKillProbability(IKillProbabilityModel fallback) : IKillProbabilityModel
{
    public double SingleShot(InterceptorType interceptor, Vec3 launcher, Evaluation.AirTrack track, FlyoutSolution intercept)
    {
        if (interceptor.Kind != InterceptorKind.GunRound || interceptor.Gun is not { } gun || Area(interceptor.GunPresentedAreaM2, track.Class) is not { } area)
            return fallback.SingleShot(interceptor, launcher, track, intercept);
        double l = gun.VelocityDecayLengthM;
        double range = l * Math.Log(1 + intercept.TimeOfFlightS * interceptor.MaxSpeedMps / l);
        return GunBurst.BurstKillProbability(gun, area, range, Math.Max(1, interceptor.BurstRounds ?? 1));
    }

    private static double? Area(ClassAreas? areas, Evaluation.ThreatClass c) => areas is null ? null : c switch
    {
        Evaluation.ThreatClass.Drone => areas.Drone,
        Evaluation.ThreatClass.Cruise => areas.Cruise,
        Evaluation.ThreatClass.Ballistic => areas.Ballistic,
        Evaluation.ThreatClass.Aircraft => areas.Aircraft,
        _ => new[] { areas.Drone, areas.Cruise, areas.Ballistic, areas.Aircraft }.Where(a => a.HasValue).Select(a => a!.Value).DefaultIfEmpty(0).Min() is var m && m > 0 ? m : null,
    };
}
