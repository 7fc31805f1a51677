namespace Oberig.Campaign.Outcomes;

/// <summary>
/// What one engine replication (one night) did, by threat type: the raw counts an <see cref="Scenario.Campaign.OutcomeTable"/>
/// is fitted from, and what the campaign compares its tables with on the nights it checks against the engine.
/// </summary>
/// <param name="Threats">One entry per threat type the scenario's raids fly (ordinal by id), also when none launched.</param>
/// <param name="RoundsAtNoThreat">Rounds fired (by interceptor type) at tracks with no threat near them: false
/// tracks. They spend stock but belong to no threat type.</param>
public sealed record EngineNight(IReadOnlyList<ThreatNight> Threats, IReadOnlyDictionary<string, int> RoundsAtNoThreat)
{
    /// <summary>All rounds of an interceptor type fired this night, at threats and at false tracks: the engine's
    /// <c>InterceptorExpenditure.Fired</c>.</summary>
    public int RoundsFired(string interceptorType) =>
        Threats.Sum(t => t.RoundsFiredBy.GetValueOrDefault(interceptorType)) + RoundsAtNoThreat.GetValueOrDefault(interceptorType);
}

/// <summary>
/// One threat type in one night. <paramref name="RoundsFiredBy"/>: rounds of each interceptor type fired at threats
/// of this type (one per missile; a gun counts rounds, not bursts, as the engine's expenditure does), keyed by every
/// interceptor type the scenario's fire units carry. <paramref name="KillsBy"/>: threats of this type each
/// interceptor type destroyed. <paramref name="Damage"/> is the asset value their impacts destroyed (the scenario's
/// value units); <paramref name="DamageEur"/> the same in euros (assets without <c>value_eur</c> count 0).
/// </summary>
public sealed record ThreatNight(
    string Threat, int Launched, int Destroyed, int Leaked, double Damage, double DamageEur,
    IReadOnlyDictionary<string, int> RoundsFiredBy, IReadOnlyDictionary<string, int> KillsBy);
