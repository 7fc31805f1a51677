using Oberig.BattleManagement.Evaluation;
using Oberig.Core.Numerics;
using Oberig.Scenario.Catalog;

namespace Oberig.BattleManagement.Feasibility;

/// <summary>
/// The kill-probability role: the probability one shot (a missile, or a gun burst) kills a track at a predicted
/// intercept. <see cref="FlownKillProbability"/> looks missiles up in the tables flown by the 3-DOF model,
/// <see cref="GunAwareKillProbability"/> computes gun bursts, <see cref="CatalogKillProbability"/> reads the catalog's
/// figure by class for the rest; the launcher and the intercept are passed because the first two depend on them.
/// </summary>
public interface IKillProbabilityModel
{
    /// <param name="launcher">The launcher's position, in the frame of <paramref name="track"/> and <paramref name="intercept"/>.</param>
    double SingleShot(InterceptorType interceptor, Vec3 launcher, AirTrack track, FlyoutSolution intercept);
}

/// <summary>
/// Single-shot Pk from the catalog's <c>single_shot_pk</c> by the track's class, whatever the geometry. A class the
/// table leaves out (or no table) gives 0: the interceptor is not credited against it. An unclassified track takes the
/// least Pk the table gives (the conservative choice: it may be the hardest class).
/// </summary>
public sealed class CatalogKillProbability : IKillProbabilityModel
{
    public static CatalogKillProbability Instance { get; } = new();

    public double SingleShot(InterceptorType interceptor, Vec3 launcher, AirTrack track, FlyoutSolution intercept) => Lookup(interceptor.SingleShotPk, track.Class);

    public static double Lookup(KillProbabilities? table, ThreatClass threatClass)
    {
        if (table is null) return 0;
        return threatClass switch
        {
            ThreatClass.Drone => table.Drone ?? 0,
            ThreatClass.Cruise => table.Cruise ?? 0,
            ThreatClass.Ballistic => table.Ballistic ?? 0,
            ThreatClass.Aircraft => table.Aircraft ?? 0,
            _ => new[] { table.Drone, table.Cruise, table.Ballistic, table.Aircraft }.Where(p => p.HasValue).Select(p => p!.Value).DefaultIfEmpty(0).Min(),
        };
    }
}
