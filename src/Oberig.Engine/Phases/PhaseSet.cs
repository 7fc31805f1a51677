using Oberig.Engine.Sensing;
using Oberig.Engine.Tracking;
using Oberig.Engine.World;

namespace Oberig.Engine.Phases;

/// <summary>
/// The components that fill the phases of a step. Components keep per-replication state (random streams, schedules),
/// so a set belongs to one world: <see cref="For"/> builds Oberig's standard set for a world.
/// </summary>
public sealed record PhaseSet
{
    public ISensing Sensing { get; init; } = NotModelled.Instance;
    public ITracking Tracking { get; init; } = NotModelled.Instance;
    public IBattleManagement BattleManagement { get; init; } = NotModelled.Instance;
    public IEngagement Engagement { get; init; } = NotModelled.Instance;
    public IAssessment Assessment { get; init; } = new ImpactAssessment();

    /// <summary>
    /// What Oberig runs by default today: radar sensing and impact assessment; battle management and engagement are not
    /// yet modelled. The multi-radar tracker (<see cref="RadarTracking"/>) exists but is not yet on by default: under
    /// the demo's false alarms it still confirms too many short-lived tracks (issue 3).
    /// </summary>
    public static PhaseSet For(SimulationWorld world) => new() { Sensing = new RadarSensing(world) };

    /// <summary>The default set with the multi-radar tracker in the Track phase.</summary>
    public static PhaseSet WithTracking(SimulationWorld world) => For(world) with { Tracking = new RadarTracking(world) };
}
