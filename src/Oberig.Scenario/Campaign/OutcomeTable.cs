namespace Oberig.Scenario.Campaign;

/// <summary>
/// How a night's raid turns out, fitted from engine Monte Carlo runs of a representative scenario
/// (<c>oberig campaign fit</c>): for each threat type, at several raid sizes (the scenario's raid scaled by
/// <see cref="OutcomePoint.Scale"/>), the interceptors of each type fired per threat launched, the threats each
/// interceptor type killed per threat launched, the fraction that leaked, and the damage a leaker does. The campaign
/// resolves each day from it, interpolating in raid size; a stock that runs short takes its kills away and hands the
/// threats to the types that still have stock.
/// </summary>
public sealed record OutcomeTable
{
    /// <summary>Name of the scenario it was fitted from.</summary>
    public required string Scenario { get; init; }
    public required ulong Seed { get; init; }
    public required int Replications { get; init; }
    /// <summary>The representative raid at scale 1: threats launched per night by threat type.</summary>
    public required IReadOnlyDictionary<string, double> BaselineRaid { get; init; }
    public required IReadOnlyList<ThreatOutcomeFit> Threats { get; init; }
    /// <summary>Rounds fired per night at tracks with no threat near them (false tracks), by raid scale (increasing):
    /// they spend stock but belong to no threat type. Empty in tables fitted before they were counted.</summary>
    public IReadOnlyList<FalseTrackPoint> FalseTrackRounds { get; init; } = [];
}

/// <summary>At one raid scale: rounds fired per night at false tracks, by interceptor type.</summary>
public sealed record FalseTrackPoint
{
    public required double Scale { get; init; }
    public required IReadOnlyDictionary<string, double> RoundsPerNight { get; init; }
}

/// <summary>One threat type's fitted outcomes, by raid scale (increasing).</summary>
public sealed record ThreatOutcomeFit
{
    public required string Threat { get; init; }
    /// <summary>Mean asset value lost per threat that leaked (the scenario's value units).</summary>
    public required double DamagePerLeaker { get; init; }
    /// <summary>Mean EUR lost per leaker (asset <c>value_eur</c> × damage fraction), 0 where assets carry no EUR value.</summary>
    public required double DamageEurPerLeaker { get; init; }
    public required IReadOnlyList<OutcomePoint> Points { get; init; }
}

/// <summary>Per threat launched, at one raid scale: interceptors fired and threats killed by interceptor type, and the
/// fraction that leaked (reached a defended asset's area). Killed + leaked need not make 1: some are lost to other
/// causes or still flying at the night's end.</summary>
public sealed record OutcomePoint
{
    public required double Scale { get; init; }
    public required IReadOnlyDictionary<string, double> ShotsPerThreat { get; init; }
    public required IReadOnlyDictionary<string, double> KillsPerThreat { get; init; }
    public required double LeakFraction { get; init; }
}
