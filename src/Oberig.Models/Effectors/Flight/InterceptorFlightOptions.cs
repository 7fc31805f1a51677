using Oberig.Core.Geodesy;

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
    /// <summary>
    /// Radius of the spherical earth the flight is flown over, m (> 0; the ENU frame's origin sits on it at the launch
    /// site's sea level). Default <see cref="Wgs84.MeanRadiusM"/>, for callers that serve every latitude (tables and
    /// envelopes built once per type): the Gaussian radius at a site differs from it by 0.6 % at most, which moves
    /// the ground 150 km out by under 10 m. A caller with a launcher uses <see cref="AtLatitude"/>.
    /// <see cref="double.PositiveInfinity"/> is the flat earth with uniform gravity, for checks against closed forms
    /// that assume it.
    /// </summary>
    public double EarthRadiusM { get; init; } = Wgs84.MeanRadiusM;
    /// <summary>Gravity: g0 = 9.80665 m/s² on the sphere, inverse-square with height (μ = g0R²), towards the centre.
    /// Off only for tests against the rocket equation. Default on.</summary>
    public bool Gravity { get; init; } = true;
    /// <summary>Aerodynamic drag. Off only for tests against the rocket equation. Default on.</summary>
    public bool Drag { get; init; } = true;
    /// <summary>Time constant T of a single-lag flight control system, s: the lateral acceleration follows the guidance
    /// command as a first-order lag (the finite response that makes misses against manoeuvring targets). Default 0:
    /// the command is achieved at once.</summary>
    public double AutopilotTimeConstantS { get; init; }

    /// <summary>The earth as flown: a sphere of <see cref="EarthRadiusM"/> under the launch site.</summary>
    public LocalSphere Earth => new(EarthRadiusM);

    /// <summary>These options over the sphere of WGS84's Gaussian radius √(MN) at the launcher's geodetic latitude.</summary>
    public InterceptorFlightOptions AtLatitude(double latitudeDeg) => this with { EarthRadiusM = Wgs84.GaussianRadiusM(latitudeDeg) };

    internal void Validate()
    {
        if (!(EarthRadiusM > 0)) throw new ArgumentException($"interceptor flight: EarthRadiusM must be > 0 (infinite: flat earth) (is {EarthRadiusM})");
        if (!(StepS > 0 && double.IsFinite(StepS))) throw new ArgumentException($"interceptor flight: StepS must be finite and > 0 (is {StepS})");
        if (!(MaxTimeOfFlightS > 0 && double.IsFinite(MaxTimeOfFlightS))) throw new ArgumentException($"interceptor flight: MaxTimeOfFlightS must be finite and > 0 (is {MaxTimeOfFlightS})");
        if (!(LaunchSpeedMps > 0 && double.IsFinite(LaunchSpeedMps))) throw new ArgumentException($"interceptor flight: LaunchSpeedMps must be finite and > 0 (is {LaunchSpeedMps})");
        if (!(AutopilotTimeConstantS >= 0 && double.IsFinite(AutopilotTimeConstantS))) throw new ArgumentException($"interceptor flight: AutopilotTimeConstantS must be finite and >= 0 (is {AutopilotTimeConstantS})");
        if (!(MinSpeedMps >= 0 && double.IsFinite(MinSpeedMps))) throw new ArgumentException($"interceptor flight: MinSpeedMps must be finite and >= 0 (is {MinSpeedMps})");
    }
}
