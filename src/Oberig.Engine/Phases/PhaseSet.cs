namespace Oberig.Engine.Phases;

/// <summary>The components that fill the phases of a step. Defaults: what Oberig models today.</summary>
public sealed record PhaseSet
{
    public ISensing Sensing { get; init; } = NotModelled.Instance;
    public ITracking Tracking { get; init; } = NotModelled.Instance;
    public IBattleManagement BattleManagement { get; init; } = NotModelled.Instance;
    public IEngagement Engagement { get; init; } = NotModelled.Instance;
    public IAssessment Assessment { get; init; } = new ImpactAssessment();

    public static PhaseSet Default { get; } = new();
}
