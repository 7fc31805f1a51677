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
    /// <summary>One flown interceptor missile ended its flight (at its closest approach, or self-destructed, or in
    /// the ground): Value is its miss distance, m — the closest it came to its threat; the position is the missile's.
    /// Its salvo's Intercept or Miss follows.</summary>
    MissileEnd,
    /// <summary>A threat's warhead hit the ground; Value carries the damage it did to defended assets.</summary>
    Impact,
}
