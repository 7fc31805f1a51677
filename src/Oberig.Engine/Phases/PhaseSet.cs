using Oberig.Engine.Decision;
using Oberig.Engine.Engagement;
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
    /// What Oberig runs by default: radar sensing, the multi-radar tracker (<see cref="RadarTracking"/>), the battle
    /// manager on the tracker's picture (<see cref="BattleManager"/>), interceptors resolved at their intercepts
    /// (<see cref="InterceptorEngagement"/>) and impact assessment.
    /// </summary>
    public static PhaseSet For(SimulationWorld world) => new()
    {
        Sensing = new RadarSensing(world),
        Tracking = new RadarTracking(world),
        BattleManagement = new BattleManager(world),
        Engagement = new InterceptorEngagement(world),
    };

    /// <summary>Sensing and assessment only, without the tracker (for measuring what the tracker costs).</summary>
    public static PhaseSet WithoutTracking(SimulationWorld world) => new() { Sensing = new RadarSensing(world) };
}
