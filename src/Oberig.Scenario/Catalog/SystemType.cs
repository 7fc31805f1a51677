namespace Oberig.Scenario.Catalog;

public enum SystemKind { LongRangeSam, ShortRangeSam, Gun }

/// <summary>A fire-unit class (battery or gun) from catalog/systems.yaml: its interceptor, radar and magazine.</summary>
public sealed record SystemType
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required SystemKind Kind { get; init; }
    /// <summary>Id of the interceptor or gun ammunition type in the catalog.</summary>
    public required string Interceptor { get; init; }
    /// <summary>Id of the fire-control radar type in the catalog.</summary>
    public required string FireControlRadar { get; init; }
    public required int Launchers { get; init; }
    /// <summary>Rounds per launcher when loaded (missiles) or rounds carried (guns).</summary>
    public required int RoundsPerLauncher { get; init; }
    public required double ReloadTimeS { get; init; }
    /// <summary>Targets the unit can engage at once.</summary>
    public required int FireChannels { get; init; }
    /// <summary>Whether the unit may fire on a track another radar holds (engage on remote over the air-defence
    /// network), rather than only on its own fire-control radar's tracks.</summary>
    public bool EngageOnRemote { get; init; }
    public required IReadOnlyDictionary<string, string> Sources { get; init; }
}
