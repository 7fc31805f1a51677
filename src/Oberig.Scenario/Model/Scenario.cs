using Oberig.Core.Geodesy;
using Oberig.Core.Time;
using Oberig.Scenario.Catalog;

namespace Oberig.Scenario.Model;

/// <summary>
/// A validated, resolved scenario: every catalog reference has been replaced by the catalog entry with the
/// scenario's overrides applied. Immutable; the engine builds its world from it.
/// </summary>
public sealed record ScenarioDefinition
{
    public required string Name { get; init; }
    public string? Description { get; init; }
    /// <summary>The version of the catalog the scenario was resolved against, recorded with every result.</summary>
    public string CatalogVersion { get; init; } = "";
    public required GeoArea Area { get; init; }
    public required SimulationSettings Settings { get; init; }
    public required IReadOnlyList<DefendedAsset> Assets { get; init; }
    public required IReadOnlyList<SensorSite> Sensors { get; init; }
    public required IReadOnlyList<FireUnit> FireUnits { get; init; }
    public required IReadOnlyList<Raid> Raids { get; init; }
    /// <summary>How the battle manager decides; null keeps every engine default.</summary>
    public BattleManagementSettings? BattleManagement { get; init; }
}

public sealed record GeoArea(double SouthDeg, double WestDeg, double NorthDeg, double EastDeg);

public sealed record SimulationSettings
{
    public required SimDuration Duration { get; init; }
    public required SimDuration Step { get; init; }
    public required ulong Seed { get; init; }
    public required int Replications { get; init; }
    /// <summary>Fly ballistic missiles in the rotating earth frame (Coriolis and centrifugal terms).</summary>
    public bool EarthRotation { get; init; }
}

/// <summary>Something the defence protects. <see cref="Value"/> is its relative worth (damage is reported in it);
/// <see cref="ValueEur"/>, when given, is its worth in euros, which lets the battle manager weigh an interceptor's price
/// against the damage it prevents.</summary>
public sealed record DefendedAsset(string Id, string Name, Geodetic Position, double Value, double RadiusM, double? ValueEur = null);

public sealed record SensorSite(string Id, Geodetic Site, SensorType Type);

public sealed record FireUnit
{
    public required string Id { get; init; }
    public required Geodetic Site { get; init; }
    public required SystemType System { get; init; }
    public required InterceptorType Interceptor { get; init; }
    public required SensorType FireControlRadar { get; init; }
    public required int Launchers { get; init; }
    public required int ReadyRounds { get; init; }
    public required SimDuration ReloadTime { get; init; }
    public required int FireChannels { get; init; }
}

/// <summary>Where a raid's threats start: one point, or uniformly in a disc around a centre.</summary>
public sealed record LaunchArea(Geodetic Center, double RadiusM);

public sealed record Raid
{
    public required string Id { get; init; }
    public required ThreatType Threat { get; init; }
    public required int Count { get; init; }
    public required LaunchArea Launch { get; init; }
    public required SimTime FirstLaunch { get; init; }
    public required SimDuration Spacing { get; init; }
    /// <summary>The asset aimed at, or null when the route's last waypoint is the aim point.</summary>
    public DefendedAsset? Target { get; init; }
    /// <summary>Waypoints flown in order before the aim point.</summary>
    public required IReadOnlyList<Waypoint> Route { get; init; }
    /// <summary>The point the threats dive on: the target asset's position, or the route's last waypoint.</summary>
    public required Geodetic AimPoint { get; init; }
}

/// <summary>A route point; a null height means "at the threat's cruise altitude".</summary>
public sealed record Waypoint(double LatitudeDeg, double LongitudeDeg, double? HeightM);
