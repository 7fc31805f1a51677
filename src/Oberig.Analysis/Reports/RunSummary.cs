using Oberig.Analysis.Statistics;
using Oberig.Engine.Results;
using Oberig.Scenario.Model;

namespace Oberig.Analysis.Reports;

/// <summary>
/// One threat type over the replications. The first-detection estimates are over the replications in which some
/// threat of the type was detected (their count says how many).
/// </summary>
public sealed record ThreatTypeSummary(
    string ThreatType, Estimate Launched, Estimate Detected, Estimate Engaged, Estimate Destroyed, Estimate Leaked,
    Estimate InFlightAtEnd, Estimate FirstDetectionDelayS, Estimate FirstDetectionRangeM,
    Estimate? MissilesFired = null, Estimate? GunBursts = null);

public sealed record InterceptorSummary(string InterceptorType, Estimate Fired, Estimate CostEur);

/// <summary>The air picture's quality over the replications (see <see cref="Engine.Tracking.AirPictureOutcome"/>).</summary>
public sealed record AirPictureSummary(
    Estimate MeanGospaM, Estimate MeanOspaM, Estimate ThreatsTracked, Estimate TracksConfirmed, Estimate TrackBreaks,
    Estimate IdentitySwaps, Estimate MeanTimeToConfirmS, Estimate CovarianceRepairs);

public sealed record AssetSummary(string AssetId, string Name, double Value, Estimate ValueLost, Estimate RemainingFraction);

/// <summary>The study's answer: every replication's outcome folded into means with 95 % intervals.</summary>
public sealed record RunSummary(
    string Scenario,
    string CatalogVersion,
    ulong Seed,
    int Replications,
    IReadOnlyList<ThreatTypeSummary> Threats,
    IReadOnlyList<InterceptorSummary> Interceptors,
    Estimate InterceptorCostEur,
    Estimate ThreatCostEur,
    IReadOnlyList<AssetSummary> Assets,
    Estimate TotalDamage,
    Estimate SimulatedSeconds,
    AirPictureSummary? AirPicture)
{
    /// <summary>EUR of interceptors fired per EUR of threats launched (ratio of the means); 0 when nothing was launched.</summary>
    public double CostExchangeRatio => ThreatCostEur.Mean > 0 ? InterceptorCostEur.Mean / ThreatCostEur.Mean : 0;

    public static RunSummary From(ScenarioDefinition scenario, ulong seed, IReadOnlyList<ReplicationResult> results)
    {
        Estimate Over(Func<ReplicationResult, double> pick) => Estimate.Of(results.Select(pick).ToArray());
        Estimate Where(Func<ReplicationResult, double?> pick) =>
            Estimate.Of(results.Select(pick).Where(v => v.HasValue).Select(v => v!.Value).ToArray());

        // Every replication lists the same threat and interceptor types in the same order (by id).
        var first = results[0];
        var threats = first.Threats.Select((t, k) => new ThreatTypeSummary(
            t.ThreatType,
            Over(r => r.Threats[k].Launched), Over(r => r.Threats[k].Detected), Over(r => r.Threats[k].Engaged),
            Over(r => r.Threats[k].Destroyed), Over(r => r.Threats[k].Leaked), Over(r => r.Threats[k].InFlightAtEnd),
            Where(r => r.Threats[k].FirstDetectionDelayS), Where(r => r.Threats[k].FirstDetectionRangeM),
            Over(r => r.Threats[k].MissilesFired), Over(r => r.Threats[k].GunBursts))).ToList();
        var interceptors = first.Interceptors.Select((x, k) => new InterceptorSummary(
            x.InterceptorType, Over(r => r.Interceptors[k].Fired), Over(r => r.Interceptors[k].CostEur))).ToList();
        var assets = scenario.Assets.Select((a, k) => new AssetSummary(
            a.Id, a.Name, a.Value, Over(r => r.Assets[k].ValueLost), Over(r => r.Assets[k].RemainingFraction))).ToList();

        return new RunSummary(scenario.Name, scenario.CatalogVersion, seed, results.Count, threats, interceptors,
            Over(r => r.InterceptorCostEur), Over(r => r.ThreatCostEur), assets,
            Over(r => r.TotalDamage), Over(r => r.SimulatedSeconds), AirPictureOf(results));
    }

    private static AirPictureSummary? AirPictureOf(IReadOnlyList<ReplicationResult> results)
    {
        var pictures = results.Where(r => r.AirPicture is not null).Select(r => r.AirPicture!).ToArray();
        if (pictures.Length == 0) return null;
        Estimate Over(Func<Engine.Tracking.AirPictureOutcome, double> pick) => Estimate.Of(pictures.Select(pick).ToArray());
        return new AirPictureSummary(
            Over(p => p.MeanGospaM), Over(p => p.MeanOspaM), Over(p => p.ThreatsTracked), Over(p => p.TracksConfirmed),
            Over(p => p.TrackBreaks), Over(p => p.IdentitySwaps),
            Estimate.Of(pictures.Where(p => p.MeanTimeToConfirmS.HasValue).Select(p => p.MeanTimeToConfirmS!.Value).ToArray()),
            Over(p => p.CovarianceRepairs));
    }
}
