namespace Oberig.BattleManagement.Feasibility;

/// <summary>Whether a fire unit can engage a track now, or the first reason it cannot (checked in this order).</summary>
public enum EngagementVerdict
{
    Feasible,
    /// <summary>The track is not of fire-control quality.</summary>
    NoFireControlTrack,
    /// <summary>Another radar holds the track and the unit may not fire on a remote track.</summary>
    RemoteTrackNotAllowed,
    /// <summary>Not one shot's rounds ready (rounds being reloaded do not count).</summary>
    NoReadyRounds,
    /// <summary>Every fire channel is busy.</summary>
    NoFreeChannel,
    /// <summary>The track's path passes the launcher wider than the interceptor's maximum offset (crossing range);
    /// checked before the fly-out because it depends on the path alone and does not improve while the target flies
    /// straight.</summary>
    BeyondMaxOffset,
    /// <summary>The interceptor cannot catch the target (it flies away faster than the interceptor's average speed).</summary>
    NoIntercept,
    /// <summary>The intercept point is closer than the interceptor's minimum range.</summary>
    InsideMinRange,
    /// <summary>The intercept point is beyond the interceptor's maximum range.</summary>
    BeyondMaxRange,
    /// <summary>The intercept point is below the interceptor's minimum altitude.</summary>
    BelowMinAltitude,
    /// <summary>The intercept point is above the interceptor's maximum altitude.</summary>
    AboveMaxAltitude,
    /// <summary>The intercept comes after the threat's predicted impact.</summary>
    AfterImpact,
    /// <summary>The interceptor has no kill probability against this class (the catalog gives none).</summary>
    NoKillProbability,
}
