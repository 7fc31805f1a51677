using Oberig.Scenario.Catalog;

namespace Oberig.Models.Threats;

/// <summary>
/// What a <see cref="BallisticFlight"/> needs of a ballistic missile: burn time (0 for an instantaneous burnout),
/// burnout speed in vacuum (thrust acceleration = burnout speed / burn time, along the velocity) and the ballistic
/// coefficient m/(Cd·A) in kg/m² (<see cref="double.PositiveInfinity"/> for no drag).
/// </summary>
public readonly record struct BallisticParameters(double BurnTimeS, double BurnoutSpeedMps, double BallisticCoefficientKgPerM2)
{
    /// <summary>Thrust acceleration during the burn, m/s².</summary>
    public double ThrustAccelerationMps2 => BurnTimeS > 0 ? BurnoutSpeedMps / BurnTimeS : 0;

    public static BallisticParameters From(ThreatType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.BurnTimeS is not { } burn || type.BurnoutSpeedMps is not { } burnout || type.BallisticCoefficientKgPerM2 is not { } beta)
            throw new ArgumentException(
                $"threat '{type.Id}': a ballistic missile needs burn_time_s, burnout_speed_mps and ballistic_coefficient_kg_per_m2");
        var p = new BallisticParameters(burn, burnout, beta);
        p.Validate(type.Id);
        return p;
    }

    public void Validate(string threatId)
    {
        string? problem =
            !(double.IsFinite(BurnTimeS) && BurnTimeS >= 0) ? $"burn_time_s must be >= 0 (is {BurnTimeS})" :
            !(double.IsFinite(BurnoutSpeedMps) && BurnoutSpeedMps > 0) ? $"burnout_speed_mps must be > 0 (is {BurnoutSpeedMps})" :
            !(BallisticCoefficientKgPerM2 > 0) ? $"ballistic_coefficient_kg_per_m2 must be > 0 (is {BallisticCoefficientKgPerM2})" :
            null;
        if (problem is not null) throw new ArgumentException($"threat '{threatId}': {problem}");
    }
}

/// <summary>Numerical and physical settings of <see cref="BallisticFlight"/>, with documented defaults.</summary>
public sealed record BallisticFlightOptions
{
    /// <summary>Longest RK4 step, s. Default 0.5 s; steps are also cut at burnout.</summary>
    public double MaxSubStepS { get; init; } = 0.5;
    /// <summary>
    /// Integrate in the rotating Earth frame with the Coriolis and centrifugal accelerations. Default false: the ECEF
    /// frame is treated as inertial (the launch is then at rest in an inertial frame), which is what the loft solver
    /// and most engagement studies need; true moves the impact by kilometres unless the loft is solved with it too.
    /// </summary>
    public bool RotatingEarth { get; init; }
    /// <summary>Height below which a descending missile is in its <see cref="FlightPhase.Terminal"/> phase, m. Default 40 km (notional: the upper edge of endo-atmospheric terminal defence).</summary>
    public double TerminalHeightM { get; init; } = 40_000;

    /// <summary>
    /// How the motor is modelled. Default <see cref="BoostModel.ReachBurnoutSpeed"/>: the catalog's burnout speed is
    /// the speed reached at burnout, whatever gravity and drag take during the ascent.
    /// </summary>
    public BoostModel Boost { get; init; } = BoostModel.ReachBurnoutSpeed;

    public static BallisticFlightOptions Default { get; } = new();
}

/// <summary>Ballistic motor models. Both thrust along the flight path for the burn time.</summary>
public enum BoostModel
{
    /// <summary>
    /// Speed grows at exactly burnout speed / burn time: the thrust also makes up the gravity and drag components
    /// along the path, so the missile reaches the catalog burnout speed (the figure public sources give).
    /// </summary>
    ReachBurnoutSpeed,
    /// <summary>
    /// Constant thrust acceleration burnout speed / burn time (the burnout speed in free space); gravity and drag
    /// losses make the real burnout speed lower: with β = 5000 kg/m² from sea level, a 2,100 m/s Iskander-class
    /// missile then reaches under 100 km.
    /// </summary>
    ConstantThrust,
}
