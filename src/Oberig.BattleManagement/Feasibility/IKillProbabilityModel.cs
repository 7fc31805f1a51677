using Oberig.BattleManagement.Evaluation;
using Oberig.Scenario.Catalog;

namespace Oberig.BattleManagement.Feasibility;

/// <summary>
/// The kill-probability role: the probability one shot (a missile, or a gun burst) kills a track at a predicted
/// intercept. The interim <see cref="CatalogKillProbability"/> reads the catalog table; issue 5 computes it from
/// fly-outs and the intercept geometry, which is why the intercept is passed.
/// </summary>
public interface IKillProbabilityModel
{
    double SingleShot(InterceptorType interceptor, AirTrack track, FlyoutSolution intercept);
}

/// <summary>
/// Single-shot Pk from the catalog's <c>single_shot_pk</c> by the track's class, whatever the geometry. A class the
/// table leaves out (or no table) gives 0: the interceptor is not credited against it. An unclassified track takes the
/// least Pk the table gives (the conservative choice: it may be the hardest class).
/// </summary>
public sealed class CatalogKillProbability : IKillProbabilityModel
{
    public static CatalogKillProbability Instance { get; } = new();

    public double SingleShot(InterceptorType interceptor, AirTrack track, FlyoutSolution intercept) => Lookup(interceptor.SingleShotPk, track.Class);

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
