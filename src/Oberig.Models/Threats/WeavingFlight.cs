using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Models.Earth;

namespace Oberig.Models.Threats;

/// <summary>
/// An evasive weave flown on top of a <see cref="WaypointFlight"/>: a lateral acceleration a·cos ωτ, horizontal and
/// normal to the base flight's velocity (positive to the right of the track), so the threat is displaced across its
/// path by (a/ω²)(1 − cos ωτ) and moves across it at (a/ω) sin ωτ. τ is the time since the weave started: when the base
/// flight, still cruising, first comes within <see cref="WeaveParameters.FromRangeM"/> (ground range) of its aim point.
/// Offset and lateral speed start at zero, so the manoeuvre begins smoothly, and both are back at zero at the end of
/// every whole period; the weave ends at the first such instant at which the base flight is diving (or impacted) or has
/// left the window again, and a flight that comes back into the window weaves again. Phase, impact and impact point are
/// the base flight's, so the threat still hits its aim point at the base's time.
/// </summary>
/// <remarks>
/// The weave ends at most one period after the dive starts; the dive lasts at least terminal_dive_range_m /
/// terminal_speed_mps, so a period shorter than that (which the catalog loader requires) ends it before the impact.
/// Should it not, the impact still lands on the aim point: once the base has impacted, the state is the base's.
/// <para>
/// The offset is superposed, not flown: the base's along-track motion and time of flight are unchanged, so the speed
/// is √(v² + (a/ω)² sin² ωτ) (1 % more for 3 g over 6 s at 200 m/s), and the velocity leaves out the offset's
/// rotation with the normal (zero on a straight course, offset × turn rate in a turn). Period ends are evaluated
/// exactly (the base is advanced to each), so the end of a weave does not depend on how time is cut into Advances. The
/// start is interpolated linearly in ground range between the flight's samples, taken at least every half period while
/// not weaving: on the straight run-in the range is linear in time, so the start moves with the cut only by the range's
/// curvature over one sample.
/// </para>
/// </remarks>
public sealed class WeavingFlight : IThreatFlight
{
    /// <summary>Slack when an Advance ends on a period boundary, s (sums of step lengths are not exact).</summary>
    private const double BoundaryEpsS = 1e-9;

    private readonly WaypointFlight _base;
    private readonly WeaveParameters _weave;
    private readonly double _omega;
    private readonly double _sampleS;
    private readonly Ecef _aimEcef;

    private bool _weaving;
    private double _startS = double.NaN;
    private int _periodsFlown;
    // The last sample of the base flight while not weaving, for the interpolated start.
    private double _lastSampleS;
    private double _lastRangeM;
    // The last horizontal normal: kept where the velocity is vertical and has no horizontal direction.
    private Vec3 _normal;
    private ThreatKinematics _state;

    public WeavingFlight(WaypointFlight baseFlight, WeaveParameters weave)
    {
        ArgumentNullException.ThrowIfNull(baseFlight);
        weave.Validate("weaving flight");
        _base = baseFlight;
        _weave = weave;
        _omega = weave.AngularFrequencyRadPerS;
        // Half a period between samples keeps the interpolated start within the first period, so its first end is
        // still ahead of the flight when the start is found.
        _sampleS = 0.5 * weave.PeriodS;
        _aimEcef = Wgs84.ToEcef(baseFlight.AimPoint);
        _lastSampleS = baseFlight.TimeOfFlight.Seconds;
        _lastRangeM = Sample(baseFlight.State, out _normal);
        // Launched inside the window: the weave starts at once.
        if (_base.Phase == FlightPhase.Cruise && _lastRangeM <= weave.FromRangeM) Start(_lastSampleS);
        Compose();
    }

    /// <summary>The flight the weave is superposed on.</summary>
    public WaypointFlight Base => _base;
    public WeaveParameters Weave => _weave;
    /// <summary>Whether the threat is weaving now.</summary>
    public bool IsWeaving => _weaving;
    /// <summary>Time of flight at which the current (or the last) weave started; null before any.</summary>
    public SimDuration? WeaveStartedAt => double.IsNaN(_startS) ? null : new(_startS);

    public ThreatKinematics State => _state;
    public FlightPhase Phase => _base.Phase;
    public bool HasImpacted => _base.HasImpacted;
    public Geodetic? ImpactPoint => _base.ImpactPoint;
    /// <summary>Time flown since launch (the base flight's).</summary>
    public SimDuration TimeOfFlight => _base.TimeOfFlight;

    public void Advance(SimDuration dt)
    {
        double total = dt.Seconds;
        if (!(total >= 0)) throw new ArgumentOutOfRangeException(nameof(dt), dt, "a flight advances by a non-negative, finite duration");
        if (total == 0 || HasImpacted) return;
        double end = _base.TimeOfFlight.Seconds + total;
        while (!_base.HasImpacted)
        {
            double now = _base.TimeOfFlight.Seconds;
            if (_weaving)
            {
                double boundary = _startS + (_periodsFlown + 1) * _weave.PeriodS;
                if (boundary > end + BoundaryEpsS) { AdvanceBaseTo(end); break; }
                AdvanceBaseTo(boundary);
                _periodsFlown++;
                var s = _base.State;
                if (_base.Phase != FlightPhase.Cruise || Sample(s, out _normal) > _weave.FromRangeM) Stop(s);
                continue;
            }
            if (now >= end - BoundaryEpsS) break;
            // Only a cruising flight can start a weave, so only it needs the samples.
            AdvanceBaseTo(_base.Phase == FlightPhase.Cruise ? Math.Min(end, now + _sampleS) : end);
            DetectStart();
        }
        Compose();
    }

    private void AdvanceBaseTo(double timeS)
    {
        double h = timeS - _base.TimeOfFlight.Seconds;
        if (h > 0) _base.Advance(new SimDuration(h));
    }

    /// <summary>
    /// Starts the weave when the base flight, cruising, has come inside the window since the last sample, at the
    /// instant the ground range (linear between the samples) crossed into it.
    /// </summary>
    private void DetectStart()
    {
        var s = _base.State;
        double t = _base.TimeOfFlight.Seconds;
        double range = Sample(s, out _normal);
        double from = _weave.FromRangeM;
        if (_base.Phase == FlightPhase.Cruise && range <= from && _lastRangeM > from)
            Start(_lastSampleS + (_lastRangeM - from) / (_lastRangeM - range) * (t - _lastSampleS));
        _lastSampleS = t;
        _lastRangeM = range;
    }

    private void Start(double timeS)
    {
        _weaving = true;
        _startS = timeS;
        _periodsFlown = 0;
    }

    /// <summary>Ends the weave at a period's end (offset and lateral speed zero); the range sampled there re-arms it.</summary>
    private void Stop(in ThreatKinematics s)
    {
        _weaving = false;
        _lastSampleS = _base.TimeOfFlight.Seconds;
        _lastRangeM = _base.HasImpacted ? 0 : Sample(s, out _normal);
    }

    /// <summary>
    /// The ground range from <paramref name="s"/> to the aim point (the horizontal part of the chord in the local
    /// frame, as the base flight measures its dive range) and the horizontal unit normal to the right of the velocity.
    /// </summary>
    private double Sample(in ThreatKinematics s, out Vec3 normal)
    {
        var g = s.Geodetic;
        var basis = EnuBasis.At(g.LatitudeRad, g.LongitudeRad);
        var d = _aimEcef - s.Position;
        double east = d.Dot(basis.East), north = d.Dot(basis.North);
        double ve = s.VelocityEcef.Dot(basis.East), vn = s.VelocityEcef.Dot(basis.North);
        double horizontal = Math.Sqrt(ve * ve + vn * vn);
        // Right of the track is (cos ψ, −sin ψ) in (east, north) for a heading ψ = atan2(ve, vn).
        normal = horizontal > 1e-9 ? basis.East * (vn / horizontal) + basis.North * (-ve / horizontal) : _normal;
        return Math.Sqrt(east * east + north * north);
    }

    private void Compose()
    {
        var s = _base.State;
        if (!_weaving || _base.HasImpacted)
        {
            _state = s;
            return;
        }
        Sample(s, out _normal);
        var (offset, lateralSpeed, _) = WeaveMotion.At(_weave.AccelerationMps2, _omega, _base.TimeOfFlight.Seconds - _startS);
        var position = s.Position + _normal * offset;
        _state = new ThreatKinematics(position, s.VelocityEcef + _normal * lateralSpeed, Wgs84.ToGeodetic(position));
    }
}
