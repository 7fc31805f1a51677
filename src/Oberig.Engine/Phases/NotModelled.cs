namespace Oberig.Engine.Phases;

/// <summary>
/// The phases whose models have not landed yet (battle management, effectors), and the choice of leaving a phase out
/// (a study without sensors). They do nothing, on purpose and visibly: no decisions, no shots; threats fly and hit.
/// The README status table says "not yet" for each. They are replaced by real components, never by stand-in models.
/// </summary>
public sealed class NotModelled : ISensing, ITracking, IBattleManagement, IEngagement
{
    public static readonly NotModelled Instance = new();
    private NotModelled() { }
    public void Sense(StepContext context) { }
    public void Track(StepContext context) { }
    public void Decide(StepContext context) { }
    public void Engage(StepContext context) { }
}
