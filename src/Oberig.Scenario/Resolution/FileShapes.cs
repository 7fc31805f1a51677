using System.Text.Json.Nodes;
using Oberig.Core.Geodesy;

namespace Oberig.Scenario.Resolution;

// The scenario file's parts exactly as written (docs/FORMATS.md), before catalog references are resolved.
// Each is deserialized only after the schema has passed it, so required members are present and in range.

internal sealed record PositionShape(double Lat, double Lon, double? Alt)
{
    public Geodetic ToGeodetic(double defaultHeightM = 0) => new(Lat, Lon, Alt ?? defaultHeightM);
}

internal sealed record AreaShape(double South, double West, double North, double East);

internal sealed record SettingsShape(double DurationS, double StepS, ulong? Seed, int? Replications, bool? EarthRotation);

internal sealed record AssetShape(string Id, string? Name, PositionShape Position, double Value, double RadiusM, double? ValueEur = null);

internal sealed record SensorShape(string Id, PositionShape Site, string Type, JsonObject? Overrides);

internal sealed record FireUnitShape(
    string Id, PositionShape Site, string Type, int? Launchers, int? ReadyRounds, double? ReloadTimeS, int? FireChannels,
    JsonObject? Overrides, JsonObject? InterceptorOverrides);

internal sealed record LaunchAreaShape(PositionShape Center, double RadiusM);

internal sealed record LaunchShape(PositionShape? Point, LaunchAreaShape? Area);

internal sealed record RaidShape(
    string Id, string Threat, int Count, LaunchShape Launch, double? LaunchTimeS, double? SpacingS, string? Target,
    IReadOnlyList<PositionShape>? Route, JsonObject? Overrides);
