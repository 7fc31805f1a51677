using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Scenario.Catalog;

namespace Oberig.BattleManagement.Feasibility;

/// <summary>An engagement a fire unit has under way: shots (missiles or gun bursts) flying at a track.</summary>
public sealed record EngagementInFlight(int TrackId, int Shots, SimTime InterceptTime);

/// <summary>
/// A fire unit (battery or gun) as the battle manager sees it at a decision time, in the world's ENU frame.
/// </summary>
/// <param name="Id">The unit's scenario id.</param>
/// <param name="Position">Launcher position, ENU metres.</param>
/// <param name="System">Its catalog system type (fire channels, kind for layering).</param>
/// <param name="Interceptor">Its catalog interceptor (envelope, speed, cost, single-shot Pk).</param>
/// <param name="RadarId">The id of the unit's own fire-control radar, compared with <see cref="Evaluation.AirTrack.RadarId"/>.</param>
/// <param name="ReadyRounds">Rounds on the launchers (missiles) or in the magazine (gun rounds, not bursts).</param>
/// <param name="BusyChannels">Fire channels already guiding or tracking for an engagement.</param>
public sealed record FireUnitState(
    string Id,
    Vec3 Position,
    SystemType System,
    InterceptorType Interceptor,
    string RadarId,
    int ReadyRounds,
    int BusyChannels)
{
    /// <summary>Rounds being reloaded; they are not fired this cycle.</summary>
    public int ReloadingRounds { get; init; }
    /// <summary>When the rounds being reloaded are ready (null: no reload under way).</summary>
    public SimTime? ReloadReadyAt { get; init; }
    /// <summary>The unit's engagements under way.</summary>
    public IReadOnlyList<EngagementInFlight> InFlight { get; init; } = [];
    /// <summary>Whether the unit may fire on a track another radar holds (engage on remote). Left to the caller until
    /// the catalog says which systems can; default false.</summary>
    public bool MayFireOnRemoteTrack { get; init; }

    /// <summary>Rounds one shot uses: a gun's burst, else one missile.</summary>
    public int RoundsPerShot => Interceptor.Kind == InterceptorKind.GunRound ? Math.Max(1, Interceptor.BurstRounds ?? 1) : 1;
    /// <summary>Shots the ready rounds allow.</summary>
    public int ReadyShots => Math.Max(0, ReadyRounds) / RoundsPerShot;
    /// <summary>Fire channels free for new engagements.</summary>
    public int FreeChannels => Math.Max(0, System.FireChannels - BusyChannels);
    /// <summary>EUR one shot costs.</summary>
    public double ShotCostEur => Interceptor.UnitCostEur * RoundsPerShot;
}
