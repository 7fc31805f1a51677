using Oberig.Core.Geodesy;
using Oberig.Core.Time;
using Oberig.Models.Threats;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Model;

namespace Oberig.Engine.World;

/// <summary>One threat of one replication: who it is, when it launches, and its flight model once launched.</summary>
public sealed class ThreatEntity
{
    public required int Index { get; init; }
    /// <summary>Stable name for reports: raid id and the threat's number in its raid, e.g. <c>shahed-north#12</c>.</summary>
    public required string Id { get; init; }
    public required Raid Raid { get; init; }
    public required SimTime LaunchTime { get; init; }
    public required Geodetic LaunchPoint { get; init; }
    public required IThreatFlight Flight { get; init; }
    public ThreatType Type => Raid.Threat;
    public ThreatStatus Status { get; internal set; } = ThreatStatus.Scheduled;
    /// <summary>True once any fire unit has fired at it (for the "engaged" count).</summary>
    public bool Engaged { get; internal set; }
}
