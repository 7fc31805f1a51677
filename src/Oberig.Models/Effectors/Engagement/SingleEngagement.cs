using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Core.Random;
using Oberig.Models.Effectors.Flight;
using Oberig.Models.Effectors.Fuze;
using Oberig.Models.Effectors.Guidance;
using Oberig.Models.Effectors.Tables;
using Oberig.Scenario.Catalog;

namespace Oberig.Models.Effectors.Engagement;

/// <summary>
/// The geometry of one engagement over the round earth, in the launcher's ENU frame (x east, y north, z up, launcher
/// at the origin): the threat starts <see cref="RangeM"/> north along the ground at <see cref="AltitudeM"/> above it,
/// its path passing <see cref="CrossingM"/> east of the launcher (the crossing distance), flying south at its catalog
/// cruise speed along the great circle at that height, and weaving with <see cref="ThreatG"/> g of lateral
/// acceleration (0: straight). A ballistic threat instead dives in a straight line from there onto the ground point
/// <see cref="CrossingM"/> east of the launcher at its terminal speed.
/// </summary>
public sealed record EngagementSetup(double RangeM, double AltitudeM, double CrossingM = 0, double ThreatG = 0)
{
    /// <summary>Weave period, s (notional: a few seconds, as terminal weaves are flown).</summary>
    public const double WeavePeriodS = 6;

    public IEnumerable<string> Problems()
    {
        if (!(RangeM > 0) || !double.IsFinite(RangeM)) yield return $"--range-km: {RangeM / 1000} is not allowed (more than 0)";
        if (!(AltitudeM >= 0) || !double.IsFinite(AltitudeM)) yield return $"--altitude-m: {AltitudeM} is not allowed (at least 0)";
        if (!double.IsFinite(CrossingM)) yield return $"--crossing-km: {CrossingM / 1000} is not allowed (finite)";
        if (!(ThreatG >= 0) || !double.IsFinite(ThreatG)) yield return $"--threat-g: {ThreatG} is not allowed (at least 0)";
    }
}

/// <summary>One run's outcome: how the flight ended, the miss, time of flight, kill probability from the warhead's
/// kill function at that miss (0 when the flight never reached the target), and the slant range from the launcher
/// at the end.</summary>
public readonly record struct EngagementRun(FlyoutResult Flight, double KillProbability, double InterceptRangeM);

/// <summary>
/// Monte Carlo of single engagements of a catalog interceptor against a catalog threat: each run flies the 3-DOF
/// interceptor (<see cref="InterceptorFlight"/>) under a <see cref="GuidanceComputer"/> — the engine's missile
/// (<see cref="MissileModel"/>): true proportional navigation (N' = 4) with gravity compensation, lofted in midcourse
/// on the fire-control track with its error, then on the seeker after lock — and scores the
/// closest approach with the interceptor's kill function. Run k draws from stream (seed, k, "engage"), so results do
/// not depend on threads.
/// </summary>
/// <remarks>
/// Notional errors stated here: track position σ 30 m and velocity σ 5 m/s refreshed every 1 s, seeker angle noise
/// 1 mrad, glint 0.5 m and range noise 3 m, filtered by the seeker's tracking filter for 3 g of target manoeuvre (it
/// estimates position and velocity, no acceleration); a missile without a seeker is guided to the end on its
/// launcher's precision tracker (angle noise 0.3 mrad, range noise 5 m, through the same filter); a single-lag flight
/// control system with T = 0.3 s (so a weaving target costs miss distance). The interceptor is launched as the battle
/// manager launches it: towards the intercept its fly-out table predicts, lofted as the table flew there (outside the
/// table's reach: towards a constant-speed lead point, climbing at least 10°).
/// </remarks>
public static class SingleEngagement
{
    public const double NavigationRatio = 4;
    public const double TrackPositionSigmaM = 30;
    public const double TrackVelocitySigmaMps = 5;
    public const double TrackUpdatePeriodS = 1;
    public const double SeekerAngleSigmaRad = 1e-3;
    /// <summary>Glint, m per axis (notional: about a quarter of a small target's span, the usual rule of thumb).</summary>
    public const double SeekerGlintSigmaM = 0.5;
    /// <summary>Seeker range noise, m (notional: an active seeker's range gate of some tens of metres, split to a tenth
    /// or so by its range tracker, as is usual for pulse radars).</summary>
    public const double SeekerRangeSigmaM = 3;
    /// <summary>Manoeuvre level the seeker's tracking filter allows for, m/s² (notional: about 3 g, the weave a cruise
    /// missile is credited with; not tuned to any kill probability).</summary>
    public const double SeekerFilterManeuverMps2 = 30;
    /// <summary>Angle noise of a command-guided missile's precision tracker at the launcher, rad (notional: a monopulse
    /// tracking radar or electro-optical tracker following target and missile together resolves a few tenths of a
    /// milliradian, a small fraction of its beam; no public figure for Crotale's).</summary>
    public const double CommandTrackerAngleSigmaRad = 0.3e-3;
    /// <summary>Range noise of that tracker, m (notional: a few metres, as a seeker's).</summary>
    public const double CommandTrackerRangeSigmaM = 5;
    /// <summary>Flight control time constant, s (notional: a few tenths of a second for an agile surface-to-air missile).</summary>
    public const double AutopilotTimeConstantS = 0.3;

    /// <exception cref="ArgumentException">The interceptor has no fly-out table (a gun round) or the geometry is invalid.</exception>
    public static IReadOnlyList<EngagementRun> Run(InterceptorType interceptor, ThreatType threat, EngagementSetup geometry,
        int runs, ulong seed, InterceptorFlightOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(interceptor);
        ArgumentNullException.ThrowIfNull(threat);
        ArgumentNullException.ThrowIfNull(geometry);
        var problems = geometry.Problems().ToList();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(geometry));
        if (runs < 1) throw new ArgumentOutOfRangeException(nameof(runs), runs, "must be at least 1");
        var model = MissileModel.TryCreate(interceptor, TrackUpdatePeriodS);
        // The engine's flight settings (its step and time limit) unless the caller chose others.
        options ??= model?.Flight ?? InterceptorFlightOptions.Default with { AutopilotTimeConstantS = AutopilotTimeConstantS };
        var target = Target(threat, geometry, options.Earth);
        var launch = Launcher(interceptor, model, target, options);
        var kill = CatalogAirframe.KillFunction(interceptor);
        var result = new EngagementRun[runs];
        for (int k = 0; k < runs; k++)
        {
            var end = launch(RandomStreams.For(seed, k, "engage")).FlyToEnd();
            double pk = end.ReachedTarget ? kill.KillProbability(end.MissM) : 0;
            result[k] = new EngagementRun(end, pk, end.Position.Norm);
        }
        return result;
    }

    /// <summary>
    /// How each run's missile leaves the launcher. A type the engine flies (<see cref="MissileModel"/>) is launched as
    /// the battle manager launches it: at the intercept point its fly-out table finds against the threat's state at
    /// launch, extrapolated at constant velocity as the fire control predicts it (<see cref="FlyoutTable.InterceptTime"/>),
    /// lofted as the table flew there, so a long shot here is the shot the planner's tables assume. Where the table
    /// finds no intercept while the threat still closes on the launcher (its grid starts 500 m out, so a threat passing
    /// closer is met only once it has flown past, a shot the missile would start by flying away from), or for a type
    /// without fly-out data, the missile is still flown, towards the lead point of a constant-speed interceptor
    /// climbing at least 10°, so the physics, not the table, says how far it gets.
    /// </summary>
    private static Func<RandomStream, InterceptorFlight> Launcher(InterceptorType interceptor, MissileModel? model, ITargetMotion target,
        InterceptorFlightOptions options)
    {
        var guidanceOf = (GuidanceComputerOptions g) => WithNotionalSensors(g) with
        {
            TrackPositionSigmaM = TrackPositionSigmaM,
            TrackVelocitySigmaMps = TrackVelocitySigmaMps,
            TrackUpdatePeriodS = TrackUpdatePeriodS,
        };
        var start = target.At(0);
        if (model is not null
            && model.Table.InterceptTime(t => model.Table.TimeOfFlightTo(start.Position + start.Velocity * t)) is { } time
            && (start.Position + start.Velocity * time).Dot(start.Velocity) < 0)
        {
            var point = start.Position + start.Velocity * time;
            var guidance = guidanceOf(model.Guidance);
            return random => model.Launch(options, guidance, Vec3.Zero, point, target, random);
        }
        var airframe = CatalogAirframe.From(interceptor);
        double maxG = airframe.MaxLateralG * InterceptorFlight.G0;
        var law = new GravityCompensated(new TrueProportionalNavigation(NavigationRatio, maxG), maxG);
        var leadGuidance = guidanceOf(CatalogAirframe.Guidance(interceptor, law, law));
        var direction = LaunchDirection(target, interceptor.MaxSpeedMps * 0.5);
        return random => new InterceptorFlight(airframe, Vec3.Zero, direction, new GuidanceComputer(leadGuidance, random), target, options);
    }

    /// <summary>The seeker's and the command tracker's notional noise and filter figures stated here, on
    /// <paramref name="guidance"/> (the track's error is the caller's: drawn here, the real tracker's in the engine).</summary>
    public static GuidanceComputerOptions WithNotionalSensors(GuidanceComputerOptions guidance)
    {
        ArgumentNullException.ThrowIfNull(guidance);
        return guidance with
        {
            SeekerAngleSigmaRad = SeekerAngleSigmaRad,
            SeekerGlintSigmaM = SeekerGlintSigmaM,
            SeekerRangeSigmaM = SeekerRangeSigmaM,
            SeekerFilterManeuverMps2 = SeekerFilterManeuverMps2,
            CommandTrackerAngleSigmaRad = CommandTrackerAngleSigmaRad,
            CommandTrackerRangeSigmaM = CommandTrackerRangeSigmaM,
        };
    }

    /// <summary>The threat's motion for the geometry over <paramref name="earth"/> (the flights' earth).</summary>
    public static ITargetMotion Target(ThreatType threat, EngagementSetup g, LocalSphere earth)
    {
        ArgumentNullException.ThrowIfNull(threat);
        ArgumentNullException.ThrowIfNull(g);
        var start = earth.PointAt(g.CrossingM, g.RangeM, g.AltitudeM);
        if (threat.Kind == ThreatKind.BallisticMissile)
        {
            var aim = earth.PointAt(g.CrossingM, 0, 0);
            var dive = (aim - start).Normalized() * threat.TerminalSpeedMps;
            return new ConstantVelocityTarget(start, dive);
        }
        return new GreatCircleTarget(earth, start, new Vec3(0, -1, 0), threat.CruiseSpeedMps,
            g.ThreatG * InterceptorFlight.G0, EngagementSetup.WeavePeriodS);
    }

    /// <summary>Towards the lead point of a constant-speed interceptor (<see cref="LeadPoint"/>, on the target's state at
    /// launch), climbing at least 10°.</summary>
    private static Vec3 LaunchDirection(ITargetMotion target, double speed)
    {
        var start = target.At(0);
        var aim = LeadPoint.Of(Vec3.Zero, speed, start.Position, start.Velocity);
        var horizontal = new Vec3(aim.X, aim.Y, 0);
        double minZ = Math.Tan(10 * Math.PI / 180) * horizontal.Norm;
        return new Vec3(aim.X, aim.Y, Math.Max(aim.Z, minZ)).Normalized();
    }
}
