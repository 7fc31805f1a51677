namespace Oberig.Models.Effectors.Flight;

/// <summary>Settings of one interceptor flight; validated by <see cref="InterceptorFlight"/>'s constructor.</summary>
public sealed record InterceptorFlightOptions
{
    public static readonly InterceptorFlightOptions Default = new();

    /// <summary>Fixed RK4 step, s; steps are cut at boost and sustain burnout, where the thrust jumps. Default 0.01 s.</summary>
    public double StepS { get; init; } = 0.01;
    /// <summary>
    /// Speed along the launch direction as the missile leaves the launcher, m/s, > 0. Default 30 m/s. A flight from
    /// rest is singular (the thrust follows the velocity, whose direction at zero speed is whatever gravity gives it
    /// in the first step), so the trajectory would depend on the step; a small exit speed fixes the initial direction.
    /// </summary>
    public double LaunchSpeedMps { get; init; } = 30;
    /// <summary>Self-destruct after this time of flight, s. Default 300 s.</summary>
    public double MaxTimeOfFlightS { get; init; } = 300;
    /// <summary>Self-destruct when the speed falls below this after burnout, m/s: too slow to steer. Default 150 m/s.</summary>
    public double MinSpeedMps { get; init; } = 150;
    /// <summary>Gravity (uniform, 9.80665 m/s² down). Off only for tests against the rocket equation. Default on.</summary>
    public bool Gravity { get; init; } = true;
    /// <summary>Aerodynamic drag. Off only for tests against the rocket equation. Default on.</summary>
    public bool Drag { get; init; } = true;
    /// <summary>Time constant T of a single-lag flight control system, s: the lateral acceleration follows the guidance
    /// command as a first-order lag (the finite response that makes misses against manoeuvring targets). Default 0:
    /// the command is achieved at once.</summary>
    public double AutopilotTimeConstantS { get; init; }

    internal void Validate()
    {
        if (!(StepS > 0 && double.IsFinite(StepS))) throw new ArgumentException($"interceptor flight: StepS must be finite and > 0 (is {StepS})");
        if (!(MaxTimeOfFlightS > 0 && double.IsFinite(MaxTimeOfFlightS))) throw new ArgumentException($"interceptor flight: MaxTimeOfFlightS must be finite and > 0 (is {MaxTimeOfFlightS})");
        if (!(LaunchSpeedMps > 0 && double.IsFinite(LaunchSpeedMps))) throw new ArgumentException($"interceptor flight: LaunchSpeedMps must be finite and > 0 (is {LaunchSpeedMps})");
        if (!(AutopilotTimeConstantS >= 0 && double.IsFinite(AutopilotTimeConstantS))) throw new ArgumentException($"interceptor flight: AutopilotTimeConstantS must be finite and >= 0 (is {AutopilotTimeConstantS})");
        if (!(MinSpeedMps >= 0 && double.IsFinite(MinSpeedMps))) throw new ArgumentException($"interceptor flight: MinSpeedMps must be finite and >= 0 (is {MinSpeedMps})");
    }
}
