using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// The seeker's tracking filter: a coupled 6-state (position, velocity) constant-velocity Kalman filter with a
/// continuous white-noise acceleration model, updated with the seeker's Cartesian measured position. The measurement
/// covariance is the seeker's own, in its line-of-sight frame (range noise along the line of sight, range × angle
/// noise and glint across it) turned into the filter's frame: R = σr²·u·uᵀ + σc²·(I − u·uᵀ).
/// </summary>
/// <remarks>
/// A mutable struct holding its covariance in three 3×3 blocks (P_pp, P_pv, P_vv) by value: no allocation per step.
/// The process noise for a sample interval T is q·[[T³/3, T²/2], [T²/2, T]] on each axis (Bar-Shalom, Li and
/// Kirubarajan 2001, 6.2.2), so the filter is right for any step length, including the shortened steps at burnout
/// and at the engine's step boundaries. The coupled filter is kept (rather than three per-axis filters on the
/// diagonal of R) because the seeker's noise is strongly anisotropic: metres along the line of sight, tens of metres
/// across it at long range, and which axes that falls on turns with the geometry.
/// </remarks>
public struct SeekerTrackFilter
{
    /// <summary>The time over which a target manoeuvring at the stated level is taken to change its velocity by that
    /// level: q = a²·τ, so the velocity random walk after τ is a·τ. One second: the scale of a terminal weave's half
    /// period and of the homing loop's own time constants.</summary>
    public const double ManeuverTimeS = 1;

    private readonly double _q;
    private Vec3 _position, _velocity;
    private Matrix3 _pp, _pv, _vv;
    private double _timeS;
    private bool _started;

    /// <param name="spectralDensity">The process noise's power spectral density q, m²/s³, ≥ 0 (<see cref="SpectralDensityFor"/>).</param>
    public SeekerTrackFilter(double spectralDensity)
    {
        if (!(spectralDensity >= 0 && double.IsFinite(spectralDensity)))
            throw new ArgumentOutOfRangeException(nameof(spectralDensity), spectralDensity, "must be finite and >= 0");
        _q = spectralDensity;
    }

    /// <summary>The spectral density q = a²·<see cref="ManeuverTimeS"/>, m²/s³, for a manoeuvre level a, m/s².</summary>
    public static double SpectralDensityFor(double maneuverMps2) => maneuverMps2 * maneuverMps2 * ManeuverTimeS;

    public readonly bool Started => _started;
    /// <summary>Time of the estimate, s.</summary>
    public readonly double TimeS => _timeS;
    public readonly Vec3 Position => _position;
    public readonly Vec3 Velocity => _velocity;

    /// <summary>Starts on a prior estimate with independent per-axis one-sigma errors.</summary>
    public void Start(double timeS, Vec3 position, Vec3 velocity, double positionSigmaM, double velocitySigmaMps)
    {
        _timeS = timeS;
        _position = position;
        _velocity = velocity;
        _pp = Matrix3.Scalar(positionSigmaM * positionSigmaM);
        _pv = Matrix3.Zero;
        _vv = Matrix3.Scalar(velocitySigmaMps * velocitySigmaMps);
        _started = true;
    }

    /// <summary>Moves the estimate and its covariance on to <paramref name="timeS"/> at constant velocity.</summary>
    public void Predict(double timeS)
    {
        if (!_started) throw new InvalidOperationException("seeker filter: Start it before predicting");
        double dt = timeS - _timeS;
        if (dt == 0) return;
        _position += _velocity * dt;
        // F·P·Fᵀ + Q with F = [[I, dt·I], [0, I]].
        var pvT = _pv.Transposed();
        _pp = (_pp + (_pv + pvT) * dt + _vv * (dt * dt) + Matrix3.Scalar(_q * dt * dt * dt / 3)).Symmetrized();
        _pv = _pv + _vv * dt + Matrix3.Scalar(_q * dt * dt / 2);
        _vv = _vv + Matrix3.Scalar(_q * dt);
        _timeS = timeS;
    }

    /// <summary>
    /// Updates with a measured position whose one-sigma errors are <paramref name="rangeSigmaM"/> along the unit line of
    /// sight <paramref name="lineOfSight"/> and <paramref name="crossRangeSigmaM"/> on each axis across it.
    /// </summary>
    public void Update(Vec3 measuredPosition, Vec3 lineOfSight, double rangeSigmaM, double crossRangeSigmaM)
    {
        if (!_started) throw new InvalidOperationException("seeker filter: Start it before updating");
        var r = MeasurementCovariance(lineOfSight, rangeSigmaM, crossRangeSigmaM);
        var s = _pp + r;
        double det = s.Determinant;
        // A prediction and a measurement both exact (no process or measurement noise): nothing to learn.
        if (!(det > 0)) return;
        var sInv = s.Inverse();
        var kp = _pp * sInv;
        var kv = _pv.Transposed() * sInv;
        var innovation = measuredPosition - _position;
        _position += kp * innovation;
        _velocity += kv * innovation;
        // P_pp − P_pp·S⁻¹·P_pp = P_pp·S⁻¹·R: the product form stays positive where R is small against P_pp.
        var pvOld = _pv;
        _pv = _pv - kp * pvOld;
        _vv = (_vv - kv * pvOld).Symmetrized();
        _pp = (kp * r).Symmetrized();
    }

    /// <summary>R = σr²·u·uᵀ + σc²·(I − u·uᵀ) for a unit line of sight u.</summary>
    internal static Matrix3 MeasurementCovariance(Vec3 lineOfSight, double rangeSigmaM, double crossRangeSigmaM)
    {
        double along = rangeSigmaM * rangeSigmaM, across = crossRangeSigmaM * crossRangeSigmaM;
        return Matrix3.Scalar(across) + Matrix3.Outer(lineOfSight, along - across);
    }

    /// <summary>The position error's variance along the unit vector <paramref name="u"/>, m².</summary>
    public readonly double PositionVariance(Vec3 u) => _pp.Quadratic(u);
    /// <summary>The velocity error's variance along the unit vector <paramref name="u"/>, m²/s².</summary>
    public readonly double VelocityVariance(Vec3 u) => _vv.Quadratic(u);
    /// <summary>The covariance of the position and velocity errors along the unit vector <paramref name="u"/>, m²/s.</summary>
    public readonly double PositionVelocityCovariance(Vec3 u) => _pv.Quadratic(u);
}
