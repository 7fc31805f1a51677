using Oberig.Core.Numerics;
using Oberig.Core.Time;

namespace Oberig.BattleManagement.Feasibility;

/// <summary>A later shot's window: launch after the first intercept has been assessed, and its own intercept.</summary>
public sealed record SecondShotWindow(SimTime Launch, SimTime Intercept, Vec3 Point);

/// <summary>
/// One (fire unit, track) pair at a decision time: feasible or why not, and when feasible the predicted intercept
/// (launching now), the single-shot kill probability and the window for a second shot (null when no second shot
/// fits before impact or inside the envelope).
/// </summary>
public sealed record EngagementOption(
    string UnitId,
    int TrackId,
    EngagementVerdict Verdict,
    SimTime? InterceptTime = null,
    Vec3? InterceptPoint = null,
    double SingleShotPk = 0,
    SecondShotWindow? SecondShot = null)
{
    public bool Feasible => Verdict == EngagementVerdict.Feasible;
}
