using Oberig.Core.Numerics;
using Oberig.Core.Random;

namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// The interceptor's guidance computer: a sampled-data loop that, once per flight step, takes what its source says
/// of the target (the uplinked fire-control track with its error in midcourse, the seeker's filtered measurements of
/// range and line of sight after lock) and holds that estimate, extrapolated at constant velocity, for the commands inside the step. In midcourse
/// the track arrives only every <see cref="GuidanceComputerOptions.TrackUpdatePeriodS"/> and is extrapolated between.
/// With an <see cref="IUplinkTrack"/> the midcourse estimate is that track (plus the options' track error, normally
/// zero since the track carries its own); without one it is the truth plus the options' drawn error.
/// </summary>
/// <remarks>
/// Noise is drawn once per sample, never inside an RK4 stage, so the integrator sees a smooth right-hand side and
/// the flight is a pure function of the random stream. The seeker locks when the target is within the lock range and
/// inside the field of view about the velocity vector; once locked it stays locked (no break-lock model yet). After
/// lock an active radar seeker is modelled: each sample measures the line of sight (angle noise and glint) and the
/// range (range noise), and a <see cref="SeekerTrackFilter"/> started on the held track at lock estimates the target's
/// position and velocity from those measurements alone; the law is given no target acceleration. A missile without a
/// seeker but with a precision tracker at its launcher (<see cref="GuidanceComputerOptions.CommandTrackerAngleSigmaRad"/>)
/// is guided the same way from launch, the target measured from the launch point: command guidance to the end.
/// </remarks>
public sealed class GuidanceComputer
{
    private readonly GuidanceComputerOptions _o;
    private readonly RandomStream _random;
    private readonly IUplinkTrack? _uplink;
    private readonly double _cosHalfFov;
    private Vec3 _estPosition, _estVelocity, _estAcceleration;
    private double _estTime;
    private bool _sampled;
    private SeekerTrackFilter _filter;
    private Vec3 _launchPosition;

    /// <param name="options">Laws, seeker and error figures; validated here.</param>
    /// <param name="random">The stream the track and seeker errors are drawn from (one per interceptor).</param>
    /// <param name="uplink">The real fire-control track to fly on in midcourse; null: the truth with the options' error.</param>
    public GuidanceComputer(GuidanceComputerOptions options, RandomStream random, IUplinkTrack? uplink = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        options.Validate();
        _o = options;
        _random = random;
        _uplink = uplink;
        _cosHalfFov = Math.Cos(Math.Min(options.SeekerFovDeg, 360) / 2 * Math.PI / 180);
    }

    public GuidancePhase Phase { get; private set; } = GuidancePhase.Midcourse;
    /// <summary>Time of seeker lock, s after launch; null before lock or without a seeker.</summary>
    public double? LockTimeS { get; private set; }

    /// <summary>Takes one sample of the target at time <paramref name="t"/>: checks for lock, draws the estimate.</summary>
    public void Sample(double t, Vec3 interceptorPosition, Vec3 interceptorVelocity, in Flight.TargetState truth)
    {
        if (!_sampled) _launchPosition = interceptorPosition;
        if (_o.SeekerLockRangeM is null && _o.CommandTrackerAngleSigmaRad is { } trackerAngle)
        {
            SampleCommandTracker(t, truth, trackerAngle);
            return;
        }
        var los = truth.Position - interceptorPosition;
        bool locks = Phase == GuidancePhase.Midcourse && _o.SeekerLockRangeM is { } lockRange && los.Norm <= lockRange
            && InsideFieldOfView(los, interceptorVelocity);
        // A seeker locking at the first sample still needs the designation it was launched on, to start its filter.
        if (Phase == GuidancePhase.Midcourse && !(locks && _sampled)) SampleTrack(t, truth);
        if (locks) Lock(t);
        if (Phase == GuidancePhase.Terminal) Measure(t, interceptorPosition, los, _o.SeekerAngleSigmaRad, _o.SeekerRangeSigmaM);
    }

    /// <summary>A command-guided missile on the launcher's precision tracker: from the launch designation on, the
    /// target measured from the launch point.</summary>
    private void SampleCommandTracker(double t, in Flight.TargetState truth, double angleSigmaRad)
    {
        if (Phase == GuidancePhase.Midcourse)
        {
            SampleTrack(t, truth);
            Lock(t);
        }
        Measure(t, _launchPosition, truth.Position - _launchPosition, angleSigmaRad, _o.CommandTrackerRangeSigmaM);
    }

    private void SampleTrack(double t, in Flight.TargetState truth)
    {
        // Between track updates the held track is extrapolated (Command does it); only a new one is drawn.
        if (_sampled && t - _estTime < _o.TrackUpdatePeriodS * (1 - 1e-9)) return;
        if (_uplink is not null && _uplink.TryRead(t, out var trackPosition, out var trackVelocity))
        {
            // A constant-velocity track filter estimates no acceleration; the law leads the target on velocity.
            _estPosition = trackPosition + Gaussian3(_o.TrackPositionSigmaM);
            _estVelocity = trackVelocity + Gaussian3(_o.TrackVelocitySigmaMps);
            _estAcceleration = Vec3.Zero;
        }
        else if (_uplink is not null && _sampled) return; // track lost: keep flying on the last estimate
        else
        {
            // No uplink, or none yet at the first sample: the designation the missile was launched on.
            _estPosition = truth.Position + Gaussian3(_o.TrackPositionSigmaM);
            _estVelocity = truth.Velocity + Gaussian3(_o.TrackVelocitySigmaMps);
            _estAcceleration = truth.Acceleration;
        }
        _estTime = t;
        _sampled = true;
    }

    private void Lock(double t)
    {
        Phase = GuidancePhase.Terminal;
        LockTimeS = t;
        HandOver(t);
    }

    /// <summary>Starts the seeker's filter on the held track extrapolated to the lock, with the track's stated error
    /// (grown by its velocity error over the extrapolation) or, when it states none, the options' hand-over error.</summary>
    private void HandOver(double t)
    {
        double dt = t - _estTime;
        var position = _estPosition + _estVelocity * dt + _estAcceleration * (0.5 * dt * dt);
        var velocity = _estVelocity + _estAcceleration * dt;
        double sp = _o.TrackPositionSigmaM > 0
            ? Math.Sqrt(_o.TrackPositionSigmaM * _o.TrackPositionSigmaM + Square(_o.TrackVelocitySigmaMps * dt))
            : _o.SeekerLockPositionSigmaM;
        double sv = _o.TrackVelocitySigmaMps > 0 ? _o.TrackVelocitySigmaMps : _o.SeekerLockVelocitySigmaMps;
        _filter = new SeekerTrackFilter(SeekerTrackFilter.SpectralDensityFor(_o.SeekerFilterManeuverMps2));
        _filter.Start(t, position, velocity, sp, sv);
    }

    /// <summary>
    /// The sensor at <paramref name="observer"/> (the seeker, or the launcher's tracker) measures the line of sight
    /// (turned by angle noise and glint) and the range (with range noise); the filter turns that into the target's
    /// position and velocity. No acceleration is estimated: a weave shows only as the filter's lag, as it does in a
    /// real seeker.
    /// </summary>
    private void Measure(double t, Vec3 observer, Vec3 los, double angleSigmaRad, double rangeSigmaM)
    {
        double range = los.Norm;
        var direction = TurnByNoise(los, angleSigmaRad).Normalized();
        // Gaussian, not clipped at zero: it is the noise the filter assumes, and in the last metres, where a drawn range
        // could come out negative, the filter's prediction outweighs the measurement anyway.
        double measuredRange = range + (rangeSigmaM > 0 ? _random.NextGaussian() * rangeSigmaM : 0);
        double crossRangeSigma = Math.Sqrt(Square(Math.Max(measuredRange, 0) * angleSigmaRad) + Square(_o.SeekerGlintSigmaM));
        _filter.Predict(t);
        if (range > 0) _filter.Update(observer + direction * measuredRange, direction, rangeSigmaM, crossRangeSigma);
        _estPosition = _filter.Position;
        _estVelocity = _filter.Velocity;
        _estAcceleration = Vec3.Zero;
        _estTime = t;
        _sampled = true;
    }

    private static double Square(double x) => x * x;

    /// <summary>The current law's command at time <paramref name="t"/> on the held estimate, m/s².</summary>
    public Vec3 Command(double t, Vec3 interceptorPosition, Vec3 interceptorVelocity)
    {
        if (!_sampled) throw new InvalidOperationException("guidance: Sample the target before asking for a command");
        double dt = t - _estTime;
        var target = _estPosition + _estVelocity * dt + _estAcceleration * (0.5 * dt * dt);
        var geometry = new EngagementGeometry(interceptorPosition, interceptorVelocity, target,
            _estVelocity + _estAcceleration * dt, _estAcceleration);
        var law = Phase == GuidancePhase.Terminal ? _o.Terminal ?? _o.Midcourse : _o.Midcourse;
        return law.Command(geometry);
    }

    private bool InsideFieldOfView(Vec3 los, Vec3 velocity)
    {
        double n = los.Norm * velocity.Norm;
        return n > 0 && los.Dot(velocity) >= _cosHalfFov * n;
    }

    private Vec3 Gaussian3(double sigma) => sigma > 0
        ? new Vec3(_random.NextGaussian() * sigma, _random.NextGaussian() * sigma, _random.NextGaussian() * sigma)
        : Vec3.Zero;

    /// <summary>The line of sight turned by two independent small angles about axes normal to it (angle noise and glint
    /// seen from this range), length kept.</summary>
    private Vec3 TurnByNoise(Vec3 los, double angleSigmaRad)
    {
        double range = los.Norm;
        if (range == 0) return los;
        double glint = _o.SeekerGlintSigmaM / range;
        double sigma = Math.Sqrt(angleSigmaRad * angleSigmaRad + glint * glint);
        if (!(sigma > 0)) return los;
        var u = los / range;
        var helper = Math.Abs(u.Z) < 0.9 ? new Vec3(0, 0, 1) : new Vec3(1, 0, 0);
        var e1 = u.Cross(helper).Normalized();
        var e2 = u.Cross(e1);
        var turned = u + e1 * (_random.NextGaussian() * sigma) + e2 * (_random.NextGaussian() * sigma);
        return turned.Normalized() * range;
    }
}
