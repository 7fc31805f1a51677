using Oberig.Scenario.Catalog;

namespace Oberig.Models.Threats;

/// <summary>
/// The performance figures a <see cref="WaypointFlight"/> needs, SI units (turn rate in rad/s). Build them from a
/// catalog entry with <see cref="From"/>, which validates them once.
/// </summary>
public readonly record struct WaypointFlightParameters(
    double CruiseSpeedMps,
    double TerminalSpeedMps,
    double CruiseAltitudeM,
    double TerminalDiveRangeM,
    double MaxClimbRateMps,
    double MaxTurnRateRadPerS)
{
    /// <summary>Horizontal turn radius at cruise speed and the maximum turn rate, v/ω, m.</summary>
    public double TurnRadiusM => CruiseSpeedMps / MaxTurnRateRadPerS;

    public static WaypointFlightParameters From(ThreatType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var p = new WaypointFlightParameters(type.CruiseSpeedMps, type.TerminalSpeedMps, type.CruiseAltitudeM,
            type.TerminalDiveRangeM, type.MaxClimbRateMps, type.MaxTurnRateDegPerS * Math.PI / 180.0);
        p.Validate(type.Id);
        return p;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first figure a waypoint flight cannot use.</summary>
    public void Validate(string threatId)
    {
        static bool Positive(double x) => double.IsFinite(x) && x > 0;
        string? problem =
            !Positive(CruiseSpeedMps) ? $"cruise_speed_mps must be > 0 (is {CruiseSpeedMps})" :
            !Positive(TerminalSpeedMps) ? $"terminal_speed_mps must be > 0 (is {TerminalSpeedMps})" :
            !double.IsFinite(CruiseAltitudeM) ? $"cruise_altitude_m must be finite (is {CruiseAltitudeM})" :
            !(double.IsFinite(TerminalDiveRangeM) && TerminalDiveRangeM >= 0) ? $"terminal_dive_range_m must be >= 0 (is {TerminalDiveRangeM})" :
            !Positive(MaxClimbRateMps) ? $"max_climb_rate_mps must be > 0 (is {MaxClimbRateMps})" :
            !Positive(MaxTurnRateRadPerS) ? $"max_turn_rate_deg_per_s must be > 0 (is {MaxTurnRateRadPerS * 180 / Math.PI})" :
            null;
        if (problem is not null) throw new ArgumentException($"threat '{threatId}': {problem}");
    }
}

/// <summary>Numerical settings of <see cref="WaypointFlight"/>.</summary>
public sealed record WaypointFlightOptions
{
    /// <summary>Longest internal integration step, s. Default 0.25 s: 62 m at 250 m/s, 0.7° of heading at 3°/s.</summary>
    public double MaxSubStepS { get; init; } = 0.25;

    /// <summary>
    /// Longest step in straight and level cruise (on course, at the commanded height, clear of the next waypoint's
    /// capture and of the dive) and in the terminal dive, s; rounded down to a whole number of
    /// <see cref="MaxSubStepS"/>, and taken only from whole multiples of it since launch. Default 1 s, the usual
    /// engine step, so that a straight cruise costs one step per engine step; the mid-point navigation equations
    /// keep a 1 s step (250 m) within millimetres of the sub-stepped track. Set it to <see cref="MaxSubStepS"/> to
    /// sub-step everywhere.
    /// </summary>
    public double StraightStepS { get; init; } = 1.0;

    public static WaypointFlightOptions Default { get; } = new();
}
