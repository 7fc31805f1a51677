namespace Oberig.Engine.Events;

/// <summary>What happened. Names follow the engagement chain a person reads in an after-action report.</summary>
public enum SimEventKind
{
    /// <summary>A threat left its launch point.</summary>
    Launch,
    /// <summary>A sensor detected a threat.</summary>
    Detection,
    TrackStart,
    TrackEnd,
    /// <summary>A fire unit fired an interceptor (or a gun burst) at a threat.</summary>
    Fire,
    /// <summary>An interceptor destroyed its threat.</summary>
    Intercept,
    /// <summary>An interceptor failed to destroy its threat.</summary>
    Miss,
    /// <summary>A threat reached its aim point without being destroyed.</summary>
    Leak,
    /// <summary>A threat's warhead hit the ground; Value carries the damage it did to defended assets.</summary>
    Impact,
}
