namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// One linearised homing engagement. Inputs superpose: a heading error and a step target manoeuvre may be given
/// together, and the miss is the sum of their separate misses (the loop is linear).
/// </summary>
/// <param name="EffectiveNavigationRatio">N', dimensionless, > 0 (3 to 5 in practice).</param>
/// <param name="TimeConstantS">T, the flight control system's single lag, s, ≥ 0 (0: the missile follows the command at once).</param>
/// <param name="FlightTimeS">tF, s, > 0.</param>
/// <param name="ClosingSpeedMps">Vc, m/s, > 0.</param>
/// <param name="InterceptorSpeedMps">VM, m/s, ≥ 0; scales the heading error into an initial relative velocity −VM·HE.</param>
/// <param name="HeadingErrorRad">HE, rad (small).</param>
/// <param name="TargetAccelerationMps2">nT, m/s², a step manoeuvre from t = 0 normal to the line of sight.</param>
public sealed record LinearHomingInputs(
    double EffectiveNavigationRatio,
    double TimeConstantS,
    double FlightTimeS,
    double ClosingSpeedMps,
    double InterceptorSpeedMps = 0,
    double HeadingErrorRad = 0,
    double TargetAccelerationMps2 = 0)
{
    internal void Validate()
    {
        static void Require(bool ok, string name, double value, string allowed)
        {
            if (!ok) throw new ArgumentOutOfRangeException(name, value, $"{name} must be {allowed} (is {value})");
        }
        Require(EffectiveNavigationRatio > 0 && double.IsFinite(EffectiveNavigationRatio), nameof(EffectiveNavigationRatio), EffectiveNavigationRatio, "finite and > 0");
        Require(TimeConstantS >= 0 && double.IsFinite(TimeConstantS), nameof(TimeConstantS), TimeConstantS, "finite and >= 0");
        Require(FlightTimeS > 0 && double.IsFinite(FlightTimeS), nameof(FlightTimeS), FlightTimeS, "finite and > 0");
        Require(ClosingSpeedMps > 0 && double.IsFinite(ClosingSpeedMps), nameof(ClosingSpeedMps), ClosingSpeedMps, "finite and > 0");
        Require(InterceptorSpeedMps >= 0 && double.IsFinite(InterceptorSpeedMps), nameof(InterceptorSpeedMps), InterceptorSpeedMps, "finite and >= 0");
        Require(double.IsFinite(HeadingErrorRad), nameof(HeadingErrorRad), HeadingErrorRad, "finite");
        Require(double.IsFinite(TargetAccelerationMps2), nameof(TargetAccelerationMps2), TargetAccelerationMps2, "finite");
    }
}

/// <summary>Numerical settings of <see cref="LinearHomingLoop"/>; the defaults reach 1e-4 of the closed forms' peak.</summary>
public sealed record LinearHomingLoopOptions
{
    public static readonly LinearHomingLoopOptions Default = new();

    /// <summary>Largest step as a fraction of T (of tF with zero lag). Default 1/200.</summary>
    public double MaxStepFraction { get; init; } = 1.0 / 200;
    /// <summary>Step as a fraction of time-to-go once that is smaller: the step grades towards intercept. Default 0.02.</summary>
    public double StepToTimeToGo { get; init; } = 0.02;
    /// <summary>Time-to-go, as a fraction of tF, at which integration stops (the command is singular at tF). Default 1e-7.</summary>
    public double FinalTimeToGoFraction { get; init; } = 1e-7;

    internal void Validate()
    {
        if (!(MaxStepFraction > 0 && MaxStepFraction <= 1)) throw new ArgumentOutOfRangeException(nameof(MaxStepFraction), MaxStepFraction, "must be in (0, 1]");
        if (!(StepToTimeToGo > 0 && StepToTimeToGo <= 1)) throw new ArgumentOutOfRangeException(nameof(StepToTimeToGo), StepToTimeToGo, "must be in (0, 1]");
        if (!(FinalTimeToGoFraction > 0 && FinalTimeToGoFraction < 1)) throw new ArgumentOutOfRangeException(nameof(FinalTimeToGoFraction), FinalTimeToGoFraction, "must be in (0, 1)");
    }
}

/// <summary>Outcome of one linear homing run.</summary>
/// <param name="MissM">Miss distance y(tF), m (signed).</param>
/// <param name="FinalCommandMps2">The guidance command nc at the end of integration, m/s².</param>
/// <param name="Steps">RK4 steps taken.</param>
public readonly record struct LinearHomingResult(double MissM, double FinalCommandMps2, int Steps);
