namespace Oberig.Models.Effectors.Flight;

/// <summary>
/// What the point-mass flight model needs of an interceptor: mass, a two-level motor (boost then sustain, then
/// coast), aerodynamics, and manoeuvre limits. SI units.
/// </summary>
/// <remarks>
/// The propellant burns at a constant specific impulse over both phases, so the mass flow in each is proportional
/// to its thrust: ṁ = F/c with the exhaust speed c = (F_boost·t_boost + F_sustain·t_sustain)/m_propellant. That is the
/// only reading of "propellant mass and burn times" that makes the rocket equation hold for the whole burn.
/// </remarks>
public sealed record InterceptorAirframe
{
    public required double LaunchMassKg { get; init; }
    public required double PropellantMassKg { get; init; }
    public required double BoostTimeS { get; init; }
    public required double BoostThrustN { get; init; }
    public double SustainTimeS { get; init; }
    public double SustainThrustN { get; init; }
    /// <summary>Reference area for drag and lift, m² (usually the body cross-section).</summary>
    public required double ReferenceAreaM2 { get; init; }
    public required DragCurve Drag { get; init; }
    /// <summary>Largest lateral acceleration the structure and autopilot allow, in g (9.80665 m/s²).</summary>
    public required double MaxLateralG { get; init; }
    /// <summary>Largest usable lift coefficient: caps the lateral acceleration at q·S·CLmax/m. Infinity: no aerodynamic cap.</summary>
    public double MaxLiftCoefficient { get; init; } = double.PositiveInfinity;

    /// <summary>Burnout time, s.</summary>
    public double BurnTimeS => BoostTimeS + SustainTimeS;
    /// <summary>Exhaust speed c = Isp·g0, m/s.</summary>
    public double ExhaustSpeedMps => (BoostThrustN * BoostTimeS + SustainThrustN * SustainTimeS) / PropellantMassKg;
    public double BurnoutMassKg => LaunchMassKg - PropellantMassKg;

    /// <summary>Thrust at time <paramref name="t"/> after launch, N (the phase boundaries belong to the phase that follows).</summary>
    public double ThrustN(double t) => t < BoostTimeS ? BoostThrustN : t < BurnTimeS ? SustainThrustN : 0;

    /// <summary>Mass at time <paramref name="t"/>, kg: linear within each phase, continuous across them.</summary>
    public double MassKg(double t)
    {
        double c = ExhaustSpeedMps;
        if (t <= 0) return LaunchMassKg;
        if (t < BoostTimeS) return LaunchMassKg - BoostThrustN / c * t;
        double afterBoost = LaunchMassKg - BoostThrustN / c * BoostTimeS;
        if (t < BurnTimeS) return afterBoost - SustainThrustN / c * (t - BoostTimeS);
        return BurnoutMassKg;
    }

    /// <summary>Checks every figure; a message names the field, its value and what is allowed.</summary>
    public void Validate()
    {
        static void Require(bool ok, string field, double value, string allowed)
        {
            if (!ok) throw new ArgumentException($"interceptor airframe: {field} must be {allowed} (is {value})");
        }
        Require(LaunchMassKg > 0 && double.IsFinite(LaunchMassKg), nameof(LaunchMassKg), LaunchMassKg, "finite and > 0");
        Require(PropellantMassKg > 0 && PropellantMassKg < LaunchMassKg, nameof(PropellantMassKg), PropellantMassKg, $"> 0 and < the launch mass {LaunchMassKg}");
        Require(BoostTimeS > 0 && double.IsFinite(BoostTimeS), nameof(BoostTimeS), BoostTimeS, "finite and > 0");
        Require(BoostThrustN > 0 && double.IsFinite(BoostThrustN), nameof(BoostThrustN), BoostThrustN, "finite and > 0");
        Require(SustainTimeS >= 0 && double.IsFinite(SustainTimeS), nameof(SustainTimeS), SustainTimeS, "finite and >= 0");
        Require(SustainThrustN >= 0 && double.IsFinite(SustainThrustN), nameof(SustainThrustN), SustainThrustN, "finite and >= 0");
        Require(ReferenceAreaM2 > 0 && double.IsFinite(ReferenceAreaM2), nameof(ReferenceAreaM2), ReferenceAreaM2, "finite and > 0");
        Require(MaxLateralG > 0 && double.IsFinite(MaxLateralG), nameof(MaxLateralG), MaxLateralG, "finite and > 0");
        Require(MaxLiftCoefficient > 0, nameof(MaxLiftCoefficient), MaxLiftCoefficient, "> 0 (infinity for no aerodynamic cap)");
        if (Drag is null) throw new ArgumentException("interceptor airframe: Drag must be given (DragCurve.Constant(0) for none)");
    }
}
