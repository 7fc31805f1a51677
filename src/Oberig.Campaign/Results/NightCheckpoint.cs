namespace Oberig.Campaign.Results;

/// <summary>
/// One campaign night kept for checking against the full engine: the raid by threat type, each fire unit's stock
/// before it, and what the outcome table made of it (leakers by threat type, interceptors fired by product).
/// </summary>
public sealed record NightCheckpoint(
    int Day,
    IReadOnlyDictionary<string, int> ThreatsByType,
    IReadOnlyDictionary<string, int> StockByFireUnit,
    IReadOnlyDictionary<string, int> LeakedByType,
    IReadOnlyDictionary<string, int> KilledByType,
    IReadOnlyDictionary<string, int> FiredByProduct);
