using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Models.Earth;

namespace Oberig.Models.Threats;

/// <summary>
/// A point-mass ballistic missile integrated with classical fourth-order Runge-Kutta in ECEF: constant thrust
/// acceleration along the velocity for the burn time, central gravity GM/r², drag 0.5·ρ·v²/β with the U.S. Standard
/// Atmosphere 1976 density, and optionally the rotating-frame Coriolis and centrifugal terms.
/// </summary>
/// <remarks>
/// The missile starts at rest at the launch point; at lift-off the thrust points along the launch direction (azimuth
/// and elevation in the launch point's local frame) and turns smoothly onto the velocity as the missile gathers speed
/// (a gravity turn). With a zero burn time it starts at the burnout speed along the launch direction. The flight
/// impacts when its height above the ellipsoid falls through the impact height; the crossing is found inside the step
/// by re-integrating a shorter RK4 step (Illinois root finding), so no step overshoots it.
/// </remarks>
public sealed class BallisticFlight : IThreatFlight
{
    /// <summary>
    /// Speed, m/s, over which the thrust direction hands over from the launch direction to the velocity: the thrust
    /// points along v + u·100 m/s (u the launch direction), a smooth stand-in for a missile's pitch programme that keeps
    /// the gravity turn from folding the trajectory over at lift-off, where the speed is still near zero.
    /// </summary>
    private const double RailSpeedMps = 100.0;

    private readonly BallisticParameters _p;
    private readonly double _maxSubStepS;
    private readonly bool _rotating;
    private readonly double _terminalHeightM;
    private readonly double _impactHeightM;
    /// <summary>Level that ends a flight that never rose above the impact height: the lower of launch and impact heights.</summary>
    private readonly double _crashHeightM;
    private bool _aboveImpactHeight;
    private readonly double _thrust;
    private readonly double _inverseBeta;
    private readonly Vec3 _launchDirection;
    private readonly BoostModel _boost;

    private Vec3 _r, _v;
    private double _t;
    private double _heightM;
    private bool _descending;
    private double _apogeeHeightM;
    private Ecef _apogee;
    private FlightPhase _phase;
    private Geodetic? _impact;
    private Geodetic _geodetic;
    private bool _geodeticCurrent;

    /// <param name="parameters">Motor and drag figures.</param>
    /// <param name="launch">Launch point; the missile starts at rest there.</param>
    /// <param name="launchAzimuthDeg">Launch azimuth, degrees clockwise from north in the launch point's local frame.</param>
    /// <param name="launchElevationDeg">Launch elevation above the local horizontal, degrees.</param>
    /// <param name="impactHeightM">Height above the ellipsoid at which the descending missile impacts (the aim point's height).</param>
    /// <param name="options">Numerical settings; <see cref="BallisticFlightOptions.Default"/> when null.</param>
    public BallisticFlight(BallisticParameters parameters, Geodetic launch, double launchAzimuthDeg, double launchElevationDeg,
        double impactHeightM, BallisticFlightOptions? options = null)
    {
        parameters.Validate("ballistic flight");
        options ??= BallisticFlightOptions.Default;
        if (!(options.MaxSubStepS > 0)) throw new ArgumentException($"MaxSubStepS must be > 0 (is {options.MaxSubStepS})", nameof(options));
        _p = parameters;
        _maxSubStepS = options.MaxSubStepS;
        _rotating = options.RotatingEarth;
        _boost = options.Boost;
        _terminalHeightM = options.TerminalHeightM;
        _impactHeightM = impactHeightM;
        _crashHeightM = Math.Min(launch.HeightM, impactHeightM);
        _aboveImpactHeight = launch.HeightM >= impactHeightM;
        _thrust = parameters.ThrustAccelerationMps2;
        _inverseBeta = double.IsPositiveInfinity(parameters.BallisticCoefficientKgPerM2) ? 0 : 1.0 / parameters.BallisticCoefficientKgPerM2;

        var basis = EnuBasis.At(launch.LatitudeRad, launch.LongitudeRad);
        double az = launchAzimuthDeg * Math.PI / 180.0, el = launchElevationDeg * Math.PI / 180.0;
        _launchDirection = basis.ToEcef(Math.Cos(el) * Math.Sin(az), Math.Cos(el) * Math.Cos(az), Math.Sin(el));

        _r = Wgs84.ToEcef(launch).AsVector;
        _v = parameters.BurnTimeS > 0 ? Vec3.Zero : _launchDirection * parameters.BurnoutSpeedMps;
        _heightM = PointMassGravity.RadialHeight(_r);
        _apogeeHeightM = _heightM;
        _apogee = Ecef.FromVector(_r);
        _geodetic = launch;
        _geodeticCurrent = true;
        _phase = parameters.BurnTimeS > 0 ? FlightPhase.Boost : FlightPhase.Midcourse;
        LaunchAzimuthDeg = launchAzimuthDeg;
        LaunchElevationDeg = launchElevationDeg;
    }

    /// <summary>Flies a solved launch (see <see cref="BallisticSolver"/>).</summary>
    public BallisticFlight(BallisticSolution solution, BallisticFlightOptions? options = null)
        : this(Require(solution).Parameters, solution.Launch, solution.LaunchAzimuthDeg, solution.LaunchElevationDeg,
            solution.AimPoint.HeightM, options)
    {
    }

    private static BallisticSolution Require(BallisticSolution s) { ArgumentNullException.ThrowIfNull(s); return s; }

    public double LaunchAzimuthDeg { get; }
    public double LaunchElevationDeg { get; }
    public BallisticParameters Parameters => _p;

    public ThreatKinematics State
    {
        get
        {
            if (!_geodeticCurrent) { _geodetic = Wgs84.ToGeodetic(Ecef.FromVector(_r)); _geodeticCurrent = true; }
            return new ThreatKinematics(Ecef.FromVector(_r), _v, _geodetic);
        }
    }

    public FlightPhase Phase => _phase;
    public bool HasImpacted => _phase == FlightPhase.Impacted;
    public Geodetic? ImpactPoint => _impact;
    public SimDuration TimeOfFlight => new(_t);
    /// <summary>Highest height above the ellipsoid reached so far, m (the apogee once the missile descends).</summary>
    public double ApogeeHeightM => _apogeeHeightM;
    /// <summary>Where the highest point so far was reached.</summary>
    public Ecef ApogeePosition => _apogee;
    /// <summary>True once the missile has passed its apogee.</summary>
    public bool PastApogee => _descending;

    public void Advance(SimDuration dt)
    {
        double total = dt.Seconds;
        if (!(total >= 0) || double.IsPositiveInfinity(total))
            throw new ArgumentOutOfRangeException(nameof(dt), dt, "a flight advances by a non-negative, finite duration");
        if (total == 0 || HasImpacted) return;
        double end = _t + total;
        int n = (int)Math.Ceiling(total / _maxSubStepS);
        double h = total / n;
        for (int i = 0; i < n && !HasImpacted; i++)
        {
            double stepEnd = i == n - 1 ? end : _t + h;
            // Never integrate across burnout: the thrust switches off there.
            if (_t < _p.BurnTimeS && stepEnd > _p.BurnTimeS)
            {
                Step(_p.BurnTimeS - _t);
                _t = _p.BurnTimeS;
                if (HasImpacted) break;
            }
            double rest = stepEnd - _t;
            if (rest > 0) Step(rest);
        }
        _geodeticCurrent = false;
    }

    /// <summary>One RK4 step of length <paramref name="h"/> from the current state, stopping at the impact if it lies inside.</summary>
    private void Step(double h)
    {
        Vec3 r0 = _r, v0 = _v;
        // A missile that never climbed above the impact height (a target on a hill, a grazing launch) ends where it
        // falls back through the lower of launch and impact heights.
        double level = _aboveImpactHeight ? _impactHeightM : _crashHeightM;
        double t0 = _t, f0 = _heightM - level;
        Rk4(r0, v0, t0, h, out var r1, out var v1);
        double height1 = PointMassGravity.RadialHeight(r1);
        double f1 = height1 - level;
        if (f0 >= 0 && f1 < 0)
        {
            // Illinois (modified regula falsi) on the step length: bracketed, superlinear, allocation-free.
            double a = 0, fa = f0, b = h, fb = f1;
            int side = 0;
            double tau = h;
            for (int k = 0; k < 60; k++)
            {
                tau = (a * fb - b * fa) / (fb - fa);
                Rk4(r0, v0, t0, tau, out r1, out v1);
                double f = PointMassGravity.RadialHeight(r1) - level;
                if (Math.Abs(f) < 1e-4 || b - a < 1e-9) break;
                if (f * fb > 0) { b = tau; fb = f; if (side == -1) fa *= 0.5; side = -1; }
                else { a = tau; fa = f; if (side == 1) fb *= 0.5; side = 1; }
            }
            _r = r1; _v = v1; _t = t0 + tau;
            _heightM = level;
            var g = Wgs84.ToGeodetic(Ecef.FromVector(_r));
            _impact = g;
            _geodetic = g;
            _phase = FlightPhase.Impacted;
            return;
        }
        if (f0 < 0 && f1 < 0 && v1.Dot(r1) < 0)
        {
            // Already below the level and still sinking (a launch too shallow to climb, or a start a hair below the
            // level through the cheap radial height): there is no crossing to find, so it ends where it stands.
            _impact = Wgs84.ToGeodetic(Ecef.FromVector(_r));
            _geodetic = _impact.Value;
            _phase = FlightPhase.Impacted;
            return;
        }
        _r = r1; _v = v1; _t = t0 + h; _heightM = height1;
        if (height1 >= _impactHeightM) _aboveImpactHeight = true;
        if (height1 > _apogeeHeightM) { _apogeeHeightM = height1; _apogee = Ecef.FromVector(r1); }
        if (!_descending && _t >= _p.BurnTimeS && _v.Dot(_r) < 0) _descending = true;
        _phase = _t < _p.BurnTimeS ? FlightPhase.Boost
            : _descending && height1 < _terminalHeightM ? FlightPhase.Terminal
            : FlightPhase.Midcourse;
    }

    private void Rk4(Vec3 r, Vec3 v, double t, double h, out Vec3 rOut, out Vec3 vOut)
    {
        // Within a step the thrust is on or off throughout (steps are cut at burnout).
        bool burning = t < _p.BurnTimeS;
        var a1 = Acceleration(r, v, burning);
        var r2 = r + v * (0.5 * h); var v2 = v + a1 * (0.5 * h);
        var a2 = Acceleration(r2, v2, burning);
        var r3 = r + v2 * (0.5 * h); var v3 = v + a2 * (0.5 * h);
        var a3 = Acceleration(r3, v3, burning);
        var r4 = r + v3 * h; var v4 = v + a3 * h;
        var a4 = Acceleration(r4, v4, burning);
        rOut = r + (v + 2 * v2 + 2 * v3 + v4) * (h / 6);
        vOut = v + (a1 + 2 * a2 + 2 * a3 + a4) * (h / 6);
    }

    private Vec3 Acceleration(Vec3 r, Vec3 v, bool burning)
    {
        var a = PointMassGravity.Acceleration(r);
        if (_inverseBeta > 0)
        {
            double rho = StandardAtmosphere1976.Density(PointMassGravity.RadialHeight(r));
            if (rho > 0) a -= v * (0.5 * rho * v.Norm * _inverseBeta);
        }
        if (burning)
        {
            var thrustDirection = (v + _launchDirection * RailSpeedMps).Normalized();
            double thrust = _thrust;
            if (_boost == BoostModel.ReachBurnoutSpeed)
            {
                // The motor makes up what gravity and drag take along the path: the speed grows at exactly _thrust.
                double speed = v.Norm;
                var along = speed > 1e-6 ? v / speed : thrustDirection;
                double cos = thrustDirection.Dot(along);
                thrust = cos > 0.1 ? (_thrust - a.Dot(along)) / cos : _thrust - a.Dot(thrustDirection);
            }
            a += thrustDirection * thrust;
        }
        if (_rotating)
        {
            const double w = Wgs84.OmegaRadPerS;
            a += new Vec3(2 * w * v.Y + w * w * r.X, -2 * w * v.X + w * w * r.Y, 0);
        }
        return a;
    }
}
