using Oberig.BattleManagement.Evaluation;
using Oberig.Core.Time;

namespace Oberig.BattleManagement.Feasibility;

/// <summary>
/// Decides whether a fire unit can engage a track now, and predicts the intercept, by checks in a fixed order (the
/// first that fails is the verdict): track quality (fire-control track, own or remote radar), one shot's ready rounds,
/// a free fire channel, the interceptor's offset limit (<see cref="CrossingOffset"/> of the track's path at launch),
/// an intercept solution from the fly-out model against the track's constant-velocity prediction, the interceptor's
/// envelope at the intercept point (slant range from the launcher in [min, max] range,
/// height above <see cref="FeasibilityOptions.FrameEarth"/> in [min, max] altitude), the intercept before the predicted impact, and a kill
/// probability above zero. A feasible pair also gets its second-shot window: launch at the first intercept plus the
/// kill-assessment delay, and the same offset, envelope and impact checks on that second intercept.
/// </summary>
public sealed class EngagementFeasibility(IFlyoutModel flyout, IKillProbabilityModel killProbability, FeasibilityOptions options)
{
    public EngagementFeasibility() : this(new ConstantSpeedFlyout(), CatalogKillProbability.Instance, FeasibilityOptions.Default) { }

    public FeasibilityOptions Options { get; } = options;

    /// <summary>Every (unit, threat) pair, unit-major: <c>result[u * threats.Count + t]</c>.</summary>
    public EngagementOption[] AssessAll(SimTime now, IReadOnlyList<FireUnitState> units, IReadOnlyList<ThreatAssessment> threats)
    {
        var result = new EngagementOption[units.Count * threats.Count];
        for (int u = 0; u < units.Count; u++)
            for (int t = 0; t < threats.Count; t++)
                result[u * threats.Count + t] = Assess(now, units[u], threats[t]);
        return result;
    }

    public EngagementOption Assess(SimTime now, FireUnitState unit, ThreatAssessment threat)
    {
        var track = threat.Track;
        EngagementOption No(EngagementVerdict why) => new(unit.Id, track.Id, why);

        if (Options.RequireFireControlTrack && !track.FireControlQuality) return No(EngagementVerdict.NoFireControlTrack);
        if (!track.IsHeldBy(unit.RadarId) && !unit.MayFireOnRemoteTrack) return No(EngagementVerdict.RemoteTrackNotAllowed);
        if (unit.ReadyShots < 1) return No(EngagementVerdict.NoReadyRounds);
        if (unit.FreeChannels < 1) return No(EngagementVerdict.NoFreeChannel);

        var (verdict, intercept) = Intercept(now, unit, threat);
        if (verdict != EngagementVerdict.Feasible) return No(verdict);
        double pk = Math.Clamp(killProbability.SingleShot(unit.Interceptor, unit.Position, track, intercept), 0, 1);
        if (!(pk > 0)) return No(EngagementVerdict.NoKillProbability);

        var interceptTime = now + SimDuration.FromSeconds(intercept.TimeOfFlightS);
        var launch2 = interceptTime + SimDuration.FromSeconds(Options.KillAssessmentDelayS);
        var (verdict2, second) = Intercept(launch2, unit, threat);
        var window = verdict2 == EngagementVerdict.Feasible
            ? new SecondShotWindow(launch2, launch2 + SimDuration.FromSeconds(second.TimeOfFlightS), second.Point)
            : null;
        return new EngagementOption(unit.Id, track.Id, EngagementVerdict.Feasible, interceptTime, intercept.Point, pk, window);
    }

    /// <summary>The intercept of a launch at <paramref name="launch"/> and whether it passes the envelope and impact checks.</summary>
    private (EngagementVerdict, FlyoutSolution) Intercept(SimTime launch, FireUnitState unit, ThreatAssessment threat)
    {
        var track = threat.Track;
        var envelope = unit.Interceptor;
        var position = track.PositionAt(launch);
        // The offset depends on the path alone, so it goes first: it spares the fly-out solve, and a path that passes
        // too wide stays out of reach while it flies straight, the more lasting reason than range or altitude.
        if (envelope.MaxOffsetM is double maxOffset && CrossingOffset.Of(unit.Position, position, track.Velocity) > maxOffset)
            return (EngagementVerdict.BeyondMaxOffset, default);
        if (flyout.Solve(unit.Position, unit.Interceptor, position, track.Velocity) is not FlyoutSolution s)
            return (EngagementVerdict.NoIntercept, default);
        double range = (s.Point - unit.Position).Norm;
        if (range < envelope.MinRangeM) return (EngagementVerdict.InsideMinRange, s);
        if (range > envelope.MaxRangeM) return (EngagementVerdict.BeyondMaxRange, s);
        double height = Options.FrameEarth.HeightAbove(s.Point);
        if (height < envelope.MinAltitudeM) return (EngagementVerdict.BelowMinAltitude, s);
        if (height > envelope.MaxAltitudeM) return (EngagementVerdict.AboveMaxAltitude, s);
        if (threat.ImpactTime is SimTime impact && launch + SimDuration.FromSeconds(s.TimeOfFlightS) >= impact)
            return (EngagementVerdict.AfterImpact, s);
        return (EngagementVerdict.Feasible, s);
    }
}
