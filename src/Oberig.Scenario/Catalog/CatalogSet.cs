namespace Oberig.Scenario.Catalog;

/// <summary>The whole loaded catalog, keyed by id. Immutable once loaded.</summary>
public sealed record CatalogSet(
    string Version,
    IReadOnlyDictionary<string, ThreatType> Threats,
    IReadOnlyDictionary<string, SensorType> Sensors,
    IReadOnlyDictionary<string, InterceptorType> Interceptors,
    IReadOnlyDictionary<string, SystemType> Systems);
