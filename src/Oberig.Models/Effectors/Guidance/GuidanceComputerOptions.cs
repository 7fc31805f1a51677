namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// How an interceptor is guided: a midcourse law on fire-control track data sent up by command link, then a terminal
/// law on its own seeker once the seeker locks. Validated by <see cref="GuidanceComputer"/>'s constructor.
/// </summary>
public sealed record GuidanceComputerOptions
{
    /// <summary>Law flown on the uplinked track until seeker lock.</summary>
    public required IGuidanceLaw Midcourse { get; init; }
    /// <summary>Law flown on the seeker after lock; the midcourse law when null.</summary>
    public IGuidanceLaw? Terminal { get; init; }
    /// <summary>Seeker lock-on range, m; null: no seeker, command guidance to the end.</summary>
    public double? SeekerLockRangeM { get; init; }
    /// <summary>Seeker field of view, full cone angle about the velocity, degrees. Default 60.</summary>
    public double SeekerFovDeg { get; init; } = 60;
    /// <summary>
    /// Period of the uplinked track, s, ≥ 0: in midcourse a fresh track (with a fresh error) arrives this often and is
    /// extrapolated in between. Default 0: every flight step (the error is then nearly white and averages out).
    /// </summary>
    public double TrackUpdatePeriodS { get; init; }
    /// <summary>One-sigma error of the track's position, m, per axis (fire-control radar track). Default 0.</summary>
    public double TrackPositionSigmaM { get; init; }
    /// <summary>One-sigma error of the track's velocity, m/s, per axis. Default 0.</summary>
    public double TrackVelocitySigmaMps { get; init; }
    /// <summary>One-sigma seeker angle noise, rad, on each of the two axes normal to the line of sight. Default 0.</summary>
    public double SeekerAngleSigmaRad { get; init; }
    /// <summary>
    /// One-sigma glint, m, on each axis normal to the line of sight: the apparent radar centre wandering over the
    /// target's extent. A fixed length at the target, so its angle grows as 1/range and it dominates the last second
    /// of homing, where angle noise alone leaves centimetres of miss. Default 0.
    /// </summary>
    public double SeekerGlintSigmaM { get; init; }
    /// <summary>One-sigma seeker range noise, m (an active radar seeker measures range as well as direction). Default 0.</summary>
    public double SeekerRangeSigmaM { get; init; }
    /// <summary>
    /// The target manoeuvre level the seeker's tracking filter allows for, m/s², ≥ 0: its process noise spectral density
    /// is this squared times <see cref="SeekerTrackFilter.ManeuverTimeS"/>. Higher follows a weave more closely but lets
    /// more noise through. Default 30 (about 3 g, notional: the weaves cruise missiles are credited with). The filter
    /// runs with any noise figures, zero included, so a noise-free seeker still estimates the target's velocity (no
    /// acceleration) from what it measures, as a real one does.
    /// </summary>
    public double SeekerFilterManeuverMps2 { get; init; } = 30;
    /// <summary>
    /// One-sigma position error, m per axis, of the estimate handed over to the seeker's filter at lock when the track
    /// carries no stated error (<see cref="TrackPositionSigmaM"/> 0, as with the engine's real uplinked track, whose
    /// covariance is not sent up). Default 50 (notional: a fire-control track at tens of kilometres).
    /// </summary>
    public double SeekerLockPositionSigmaM { get; init; } = 50;
    /// <summary>One-sigma velocity error, m/s per axis, of the hand-over estimate when <see cref="TrackVelocitySigmaMps"/>
    /// is 0. Default 10 (notional).</summary>
    public double SeekerLockVelocitySigmaMps { get; init; } = 10;
    /// <summary>
    /// For a missile without a seeker: the one-sigma angle noise, rad, of the launcher's precision tracker (the
    /// fire-control radar's tracking channel, or an electro-optical tracker) that follows target and missile together
    /// and guides it by command to the end. Set, the missile flies on that tracker from launch: the target measured
    /// from the launch point (angle noise, <see cref="SeekerGlintSigmaM"/>, <see cref="CommandTrackerRangeSigmaM"/>)
    /// through the same tracking filter a seeker uses. Null: it flies on the uplinked track to the end. Ignored when
    /// there is a seeker.
    /// </summary>
    public double? CommandTrackerAngleSigmaRad { get; init; }
    /// <summary>One-sigma range noise of that tracker, m. Default 0.</summary>
    public double CommandTrackerRangeSigmaM { get; init; }

    internal void Validate()
    {
        if (Midcourse is null) throw new ArgumentException("guidance: Midcourse must be given (the law flown on the uplinked track)");
        static void NonNegative(double v, string name)
        {
            if (!(v >= 0 && double.IsFinite(v))) throw new ArgumentException($"guidance: {name} must be finite and >= 0 (is {v})");
        }
        if (SeekerLockRangeM is { } lockRange && !(lockRange > 0 && double.IsFinite(lockRange)))
            throw new ArgumentException($"guidance: SeekerLockRangeM must be finite and > 0, or null for no seeker (is {lockRange})");
        if (!(SeekerFovDeg > 0 && SeekerFovDeg <= 360)) throw new ArgumentException($"guidance: SeekerFovDeg must be in (0, 360] (is {SeekerFovDeg})");
        NonNegative(TrackUpdatePeriodS, nameof(TrackUpdatePeriodS));
        NonNegative(TrackPositionSigmaM, nameof(TrackPositionSigmaM));
        NonNegative(TrackVelocitySigmaMps, nameof(TrackVelocitySigmaMps));
        NonNegative(SeekerAngleSigmaRad, nameof(SeekerAngleSigmaRad));
        NonNegative(SeekerGlintSigmaM, nameof(SeekerGlintSigmaM));
        NonNegative(SeekerRangeSigmaM, nameof(SeekerRangeSigmaM));
        NonNegative(SeekerFilterManeuverMps2, nameof(SeekerFilterManeuverMps2));
        NonNegative(SeekerLockPositionSigmaM, nameof(SeekerLockPositionSigmaM));
        NonNegative(SeekerLockVelocitySigmaMps, nameof(SeekerLockVelocitySigmaMps));
        if (CommandTrackerAngleSigmaRad is { } commandAngle) NonNegative(commandAngle, nameof(CommandTrackerAngleSigmaRad));
        NonNegative(CommandTrackerRangeSigmaM, nameof(CommandTrackerRangeSigmaM));
    }
}

/// <summary>Which source the interceptor is guided on.</summary>
public enum GuidancePhase
{
    /// <summary>Command guidance on the fire-control track (with its error).</summary>
    Midcourse,
    /// <summary>Homing on the seeker after lock; for a command-guided missile with a precision tracker, guided on that
    /// tracker from launch.</summary>
    Terminal,
}
