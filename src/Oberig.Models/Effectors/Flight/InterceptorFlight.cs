using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Models.Earth;
using Oberig.Models.Effectors.Guidance;
using Oberig.Models.Sensors;

namespace Oberig.Models.Effectors.Flight;

/// <summary>
/// A three-degree-of-freedom (point-mass) interceptor flight over a spherical earth, in the launch site's local ENU
/// tangent frame: x east, y north, z up, origin at the site's sea-level point, the sphere's centre at (0, 0, −R)
/// (<see cref="InterceptorFlightOptions.EarthRadiusM"/>). Forces: thrust along the velocity (the missile leaves the
/// launcher at a small speed along the launch direction), drag ½ρv²·Cd(Mach)·S against the velocity with ρ and the
/// speed of sound of the 1976 standard atmosphere at the height above the sphere, inverse-square gravity g0(R/(R+h))²
/// towards the centre, and the guidance law's lateral command capped by the airframe's g limit and by q·S·CLmax/m.
/// </summary>
/// <remarks>
/// The round earth matters for low targets at range: 40 km out the ground lies 125 m below the tangent plane, so a
/// cruise missile 50 m above it has a negative z, which a flat-earth flight could only reach through the ground.
/// Still approximate: a sphere, not the ellipsoid (with the local Gaussian radius, sea level 300 km out is off by up to
/// 10 m at 50° latitude, 24 m at the equator), and a non-rotating earth: no Coriolis term (2Ωv is 0.15 m/s² at 1 km/s,
/// hundreds of metres of drift over a long unguided coast, which guidance flies out against a real target) and g0
/// stands for the plumb-line gravity.
/// An infinite radius flies the flat earth with uniform g exactly as before. Induced drag of manoeuvring is not modelled yet.
/// Fixed-step classical RK4; steps are cut at boost and sustain burnout so no step straddles a thrust jump. The
/// guidance law is evaluated at every RK4 stage (continuous guidance on the target's true state). The closest
/// approach is the root of d/dt(|r|²/2) = r·v inside the step where it turns from closing to opening, found by
/// re-integrating the step to the trial time (Illinois), so its accuracy is the integrator's, not an interpolant's.
/// </remarks>
public sealed class InterceptorFlight
{
    /// <summary>Standard gravity, m/s²: gravity on the sphere (uniform on the flat earth), and the unit of the g limit.</summary>
    public const double G0 = 9.80665;

    private readonly InterceptorAirframe _a;
    private readonly InterceptorFlightOptions _o;
    private readonly IGuidanceLaw? _guidance;
    private readonly GuidanceComputer? _computer;
    private readonly ITargetMotion? _target;
    private readonly Vec3 _launchDirection;
    private readonly double _maxLateral;
    private readonly LocalSphere _earth;
    /// <summary>μ = g0R², so gravity is g0 at sea level and falls off as the inverse square of the centre distance.</summary>
    private readonly double _mu;

    private Vec3 _r, _v;
    /// <summary>Achieved lateral acceleration when the autopilot has a time constant (a state of the integration).</summary>
    private Vec3 _lateral;
    private double _t, _height;
    private double _minRange = double.PositiveInfinity, _maxSpeed, _maxHeight;
    private FlyoutResult? _result;

    /// <param name="airframe">The interceptor; validated here.</param>
    /// <param name="launchPosition">Launch point in the site's ENU frame, m (its height above the sphere >= 0).</param>
    /// <param name="launchDirection">Direction the missile leaves the launcher (any non-zero vector; normalised here).</param>
    /// <param name="guidance">Guidance law; null flies unguided.</param>
    /// <param name="target">Target motion; null: no closest approach to look for.</param>
    /// <param name="options">Numerical settings; <see cref="InterceptorFlightOptions.Default"/> when null.</param>
    public InterceptorFlight(InterceptorAirframe airframe, Vec3 launchPosition, Vec3 launchDirection,
        IGuidanceLaw? guidance = null, ITargetMotion? target = null, InterceptorFlightOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(airframe);
        airframe.Validate();
        options ??= InterceptorFlightOptions.Default;
        options.Validate();
        if (!(launchDirection.Norm > 0 && double.IsFinite(launchDirection.Norm)))
            throw new ArgumentException($"interceptor flight: the launch direction must be a finite, non-zero vector (is {launchDirection})", nameof(launchDirection));
        _earth = options.Earth;
        _mu = G0 * options.EarthRadiusM * options.EarthRadiusM;
        if (!(double.IsFinite(launchPosition.Norm) && _earth.HeightAbove(launchPosition) >= 0))
            throw new ArgumentException($"interceptor flight: the launch position must be finite and not below the ground (is {launchPosition})", nameof(launchPosition));
        _a = airframe;
        _o = options;
        _guidance = guidance;
        _target = target;
        _launchDirection = launchDirection.Normalized();
        _maxLateral = airframe.MaxLateralG * G0;
        _r = launchPosition;
        _v = _launchDirection * options.LaunchSpeedMps;
        _height = _maxHeight = _earth.HeightAbove(launchPosition);
        if (target is not null) _minRange = (target.At(0).Position - _r).Norm;
    }

    /// <summary>
    /// A flight guided by a <see cref="GuidanceComputer"/> (midcourse on the track, terminal on the seeker, with their
    /// errors), sampled once per step at the step's start.
    /// </summary>
    public InterceptorFlight(InterceptorAirframe airframe, Vec3 launchPosition, Vec3 launchDirection,
        GuidanceComputer guidance, ITargetMotion target, InterceptorFlightOptions? options = null)
        : this(airframe, launchPosition, launchDirection, (IGuidanceLaw?)null, target, options)
    {
        ArgumentNullException.ThrowIfNull(guidance);
        ArgumentNullException.ThrowIfNull(target);
        _computer = guidance;
    }

    public double TimeS => _t;
    public Vec3 Position => _r;
    public Vec3 Velocity => _v;
    public double MassKg => _a.MassKg(_t);
    /// <summary>Height above the ground (the sphere), m.</summary>
    public double HeightM => _height;
    /// <summary>The end of the flight once it has ended; null while it flies.</summary>
    public FlyoutResult? Result => _result;

    /// <summary>Flies to the end (closest approach, self-destruct or ground impact) and returns how it ended.</summary>
    public FlyoutResult FlyToEnd()
    {
        while (_result is null) Step();
        return _result.Value;
    }

    /// <summary>
    /// Flies on until <paramref name="timeS"/> (s after launch) or the flight's end, whichever comes first; the last
    /// step is shortened to land on that time. For a caller that moves the target itself between calls (the engine,
    /// one step of its own at a time), so the target motion only has to be valid up to <paramref name="timeS"/>.
    /// </summary>
    /// <returns>False once the flight has ended.</returns>
    public bool AdvanceTo(double timeS)
    {
        // Below a nanosecond the remainder is rounding in the caller's clock, not flight time.
        while (_result is null && timeS - _t > 1e-9) Step(Math.Min(_o.StepS, timeS - _t));
        return _result is null;
    }

    /// <summary>Advances one step (shorter at a burnout or the time limit); false once the flight has ended.</summary>
    public bool Step() => Step(_o.StepS);

    private bool Step(double maxStepS)
    {
        if (_result is not null) return false;
        double h = maxStepS;
        foreach (double boundary in (ReadOnlySpan<double>)[_a.BoostTimeS, _a.BurnTimeS, _o.MaxTimeOfFlightS])
            if (_t < boundary && _t + h > boundary) h = boundary - _t;
        Vec3 r0 = _r, v0 = _v, l0 = _lateral;
        double t0 = _t;
        _computer?.Sample(t0, r0, v0, _target!.At(t0));
        Rk4(r0, v0, l0, t0, h, out var r1, out var v1, out var l1);

        if (_target is not null)
        {
            double f0 = RangeRate(r0, v0, t0), f1 = RangeRate(r1, v1, t0 + h);
            if (f0 < 0 && f1 >= 0)
            {
                var f = new RangeRateAt(this, r0, v0, l0, t0);
                double tau = RootFinder.Find(ref f, 0, h, 1e-9);
                Rk4(r0, v0, l0, t0, tau, out r1, out v1, out l1);
                Commit(r1, v1, l1, t0 + tau);
                _result = End(FlyoutEnd.ClosestApproach);
                return false;
            }
        }
        Commit(r1, v1, l1, t0 + h);
        if (_height < 0 && _earth.FromCentre(_r).Dot(_v) < 0) _result = End(FlyoutEnd.GroundImpact);
        else if (_t >= _a.BurnTimeS && _v.Norm < _o.MinSpeedMps) _result = End(FlyoutEnd.OutOfEnergy);
        else if (_t >= _o.MaxTimeOfFlightS) _result = End(FlyoutEnd.OutOfTime);
        return _result is null;
    }

    private void Commit(Vec3 r, Vec3 v, Vec3 lateral, double t)
    {
        _r = r; _v = v; _lateral = lateral; _t = t;
        _maxSpeed = Math.Max(_maxSpeed, v.Norm);
        _height = _earth.HeightAbove(r);
        _maxHeight = Math.Max(_maxHeight, _height);
        if (_target is not null) _minRange = Math.Min(_minRange, (_target.At(t).Position - r).Norm);
    }

    private FlyoutResult End(FlyoutEnd end) => new(end, _t, _minRange, _r, _v, _maxSpeed, _maxHeight, _height);

    /// <summary>d/dt(|r|²/2) of the range to the target: negative while closing.</summary>
    private double RangeRate(Vec3 r, Vec3 v, double t)
    {
        var s = _target!.At(t);
        return (s.Position - r).Dot(s.Velocity - v);
    }

    private readonly struct RangeRateAt(InterceptorFlight flight, Vec3 r0, Vec3 v0, Vec3 l0, double t0) : IScalarFunction
    {
        public double Evaluate(double tau)
        {
            flight.Rk4(r0, v0, l0, t0, tau, out var r, out var v, out _);
            return flight.RangeRate(r, v, t0 + tau);
        }
    }

    private void Rk4(Vec3 r, Vec3 v, Vec3 l, double t, double h, out Vec3 rOut, out Vec3 vOut, out Vec3 lOut)
    {
        // The thrust level is the one in force at the step's start: steps never straddle a burnout.
        double thrust = _a.ThrustN(t);
        var a1 = Acceleration(r, v, l, t, thrust, out var d1);
        var r2 = r + v * (0.5 * h); var v2 = v + a1 * (0.5 * h); var l2 = l + d1 * (0.5 * h);
        var a2 = Acceleration(r2, v2, l2, t + 0.5 * h, thrust, out var d2);
        var r3 = r + v2 * (0.5 * h); var v3 = v + a2 * (0.5 * h); var l3 = l + d2 * (0.5 * h);
        var a3 = Acceleration(r3, v3, l3, t + 0.5 * h, thrust, out var d3);
        var r4 = r + v3 * h; var v4 = v + a3 * h; var l4 = l + d3 * h;
        var a4 = Acceleration(r4, v4, l4, t + h, thrust, out var d4);
        rOut = r + (v + 2 * v2 + 2 * v3 + v4) * (h / 6);
        vOut = v + (a1 + 2 * a2 + 2 * a3 + a4) * (h / 6);
        lOut = l + (d1 + 2 * d2 + 2 * d3 + d4) * (h / 6);
    }

    private Vec3 Gravity(Vec3 r, double centreDistance) => _earth.IsFlat
        ? new Vec3(0, 0, -G0)
        : _earth.FromCentre(r) * (-_mu / (centreDistance * centreDistance * centreDistance));

    /// <param name="lateral">The achieved lateral acceleration (used when the autopilot has a time constant T).</param>
    /// <param name="lateralRate">d(lateral)/dt = (command − lateral) / T; zero without a time constant.</param>
    private Vec3 Acceleration(Vec3 r, Vec3 v, Vec3 lateral, double t, double thrust, out Vec3 lateralRate)
    {
        lateralRate = Vec3.Zero;
        double m = _a.MassKg(t);
        double speed = v.Norm;
        var along = speed > 0 ? v / speed : _launchDirection;
        var acc = along * (thrust / m);
        double height = _earth.HeightAbove(r, out double centreDistance);
        if (_o.Gravity) acc += Gravity(r, centreDistance);
        double q = 0.5 * StandardAtmosphere1976.Density(height) * speed * speed;
        if (_o.Drag && speed > 0)
        {
            double mach = speed / StandardAtmosphere1976.SpeedOfSound(height);
            acc -= along * (q * _a.Drag.At(mach) * _a.ReferenceAreaM2 / m);
        }
        if (_target is not null && (_guidance is not null || _computer is not null))
        {
            Vec3 command;
            if (_computer is not null) command = _computer.Command(t, r, v);
            else
            {
                var s = _target.At(t);
                command = _guidance!.Command(new EngagementGeometry(r, v, s.Position, s.Velocity, s.Acceleration));
            }
            // With no aerodynamic cap (CLmax infinite) the product would be 0·∞ = NaN at rest; the g limit alone holds.
            double limit = double.IsPositiveInfinity(_a.MaxLiftCoefficient)
                ? _maxLateral
                : Math.Min(_maxLateral, q * _a.ReferenceAreaM2 * _a.MaxLiftCoefficient / m);
            var commanded = LateralCommand.Shape(command, v, limit);
            if (_o.AutopilotTimeConstantS > 0)
            {
                // A single-lag flight control system: the airframe achieves the command with time constant T (the
                // lag the linear homing loop's closed forms assume). Kept normal to the velocity as it turns.
                lateralRate = (commanded - lateral) / _o.AutopilotTimeConstantS;
                acc += LateralCommand.Shape(lateral, v, double.PositiveInfinity);
            }
            else acc += commanded;
        }
        return acc;
    }
}
