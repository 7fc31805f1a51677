using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Models.Earth;
using Oberig.Scenario.Model;

namespace Oberig.Models.Threats;

/// <summary>
/// A kinematic point-mass flight for air-breathing threats (drones, decoys, cruise missiles). It leaves the launch
/// point at cruise speed, climbs or descends at up to the maximum climb rate to the commanded height (the height of
/// the waypoint it flies to, or the cruise altitude), turns at up to the maximum turn rate towards each waypoint in
/// turn and then towards the aim point, and, once within the terminal dive range of the aim point on the last leg,
/// dives in a straight line at terminal speed onto the aim point, where it impacts.
/// </summary>
/// <remarks>
/// The state is held as geodetic latitude, longitude and height, a heading and a vertical rate; each step moves the
/// position with the WGS84 meridian and prime-vertical radii (the navigation equations) evaluated at the middle of
/// the step, and carries the heading along the geodesic (dψ = sin φ dλ), so the flight stays exact on the ellipsoid
/// over any distance, a level cruise holds its height exactly, and a course that needs no turn is a geodesic.
/// Steering is done in the local East-North-Up frame of the current position: the bearing to the target is the
/// direction of the ECEF chord projected on the local horizontal (the great-circle initial bearing on a sphere). The
/// total speed is the cruise speed; the horizontal speed is what the vertical rate leaves of it. A waypoint is passed
/// when the threat comes within the turn's lead distance R·tan(Δ/2) (R = v/ω, Δ the change of course at the waypoint;
/// at least two sub-steps of travel) or passes abeam of it. Trailing waypoints within the dive range of the aim point
/// are dropped.
/// <para>
/// Steps lie on a fixed grid of <see cref="WaypointFlightOptions.MaxSubStepS"/> from launch. Where the flight is on
/// course, level or climbing at its full rate, and clear of the next capture or dive, it takes a whole
/// <see cref="WaypointFlightOptions.StraightStepS"/> stride as one step (and so does the straight terminal dive);
/// it sub-steps while turning, levelling off, capturing a waypoint or entering the dive. An Advance that ends between
/// grid instants reports a provisional state one step from the last grid state, which the next Advance discards: the
/// trajectory is a pure function of the inputs and the elapsed time, however that time is cut into Advances.
/// </para>
/// </remarks>
public sealed class WaypointFlight : IThreatFlight
{
    private readonly struct Leg(Ecef target, double commandedHeightM, double captureDistanceM, Vec3 direction)
    {
        public readonly Ecef Target = target;
        public readonly double CommandedHeightM = commandedHeightM;
        public readonly double CaptureDistanceM = captureDistanceM;
        /// <summary>ECEF chord from the leg's start to its target (for the "passed abeam" test).</summary>
        public readonly Vec3 Direction = direction;
    }

    /// <summary>Everything that changes in flight: one value type, so that a provisional state can be a copy.</summary>
    private struct Kinematics
    {
        public double Lat, Lon, Height;       // rad, rad, m
        public double SinLat, CosLat, SinLon, CosLon;
        public double Heading;                // rad clockwise from local north
        public double SinHeading, CosHeading;
        public Ecef Ecef;
        public Vec3 Velocity;
        public int Leg;
        public double ElapsedS;
        public FlightPhase Phase;
    }

    /// <summary>Slack when an Advance ends on a grid instant, s (sums of step lengths are not exact).</summary>
    private const double GridEpsS = 1e-9;
    /// <summary>Largest misalignment of heading and desired course for a straight stride, rad (0.06°).</summary>
    private const double StraightHeadingTolRad = 1e-3;
    /// <summary>Largest distance from the commanded height for a level stride, m.</summary>
    private const double LevelToleranceM = 1e-6;

    private readonly WaypointFlightParameters _p;
    private readonly double _maxSubStepS;
    private readonly int _strideTicks;    // sub-steps in one straight-and-level stride
    private readonly Leg[] _legs; // waypoints, then the aim point (last)
    private readonly Geodetic _aim;
    private readonly Ecef _aimEcef;

    // The committed state lies on the sub-step grid (whole multiples of MaxSubStepS since launch, _tick of them)
    // until impact; an Advance that ends between grid instants reports a provisional state, one step from the
    // committed one, that the next Advance discards. The trajectory is thus a function of the grid alone.
    private Kinematics _committed;
    private Kinematics _provisional;
    private bool _isProvisional;
    private long _tick;

    public WaypointFlight(WaypointFlightParameters parameters, Geodetic launch, IReadOnlyList<Waypoint> route,
        Geodetic aimPoint, WaypointFlightOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(route);
        parameters.Validate("waypoint flight");
        options ??= WaypointFlightOptions.Default;
        if (!(options.MaxSubStepS > 0)) throw new ArgumentException($"MaxSubStepS must be > 0 (is {options.MaxSubStepS})", nameof(options));
        _p = parameters;
        _maxSubStepS = options.MaxSubStepS;
        if (!(options.StraightStepS > 0)) throw new ArgumentException($"StraightStepS must be > 0 (is {options.StraightStepS})", nameof(options));
        _strideTicks = (int)Math.Clamp(Math.Floor(options.StraightStepS / _maxSubStepS + 1e-9), 1, 1 << 20);
        _aim = aimPoint;
        _aimEcef = Wgs84.ToEcef(aimPoint);

        // Drop trailing waypoints that lie within the dive range of the aim point (e.g. a route that ends on it).
        int count = route.Count;
        var aimFrame = new LocalFrame(aimPoint);
        while (count > 0)
        {
            var w = route[count - 1];
            var enu = aimFrame.ToEnu(new Geodetic(w.LatitudeDeg, w.LongitudeDeg, aimPoint.HeightM));
            if (Math.Sqrt(enu.East * enu.East + enu.North * enu.North) > Math.Max(parameters.TerminalDiveRangeM, 1.0)) break;
            count--;
        }

        var points = new Geodetic[count + 2];
        points[0] = launch;
        for (int i = 0; i < count; i++)
        {
            var w = route[i];
            points[i + 1] = new Geodetic(w.LatitudeDeg, w.LongitudeDeg, w.HeightM ?? parameters.CruiseAltitudeM);
        }
        points[count + 1] = aimPoint;

        double minCapture = 2 * parameters.CruiseSpeedMps * _maxSubStepS;
        _legs = new Leg[count + 1];
        for (int i = 1; i < points.Length; i++)
        {
            bool isAim = i == points.Length - 1;
            double commanded = isAim ? parameters.CruiseAltitudeM : points[i].HeightM;
            double capture = 0;
            if (!isAim)
            {
                // Lead distance of a fillet of radius R between the two legs: R·tan(Δ/2), Δ capped at 150°.
                var frame = new LocalFrame(points[i]);
                double inBearing = Bearing(frame.ToEnu(points[i - 1]), reverse: true);
                double outBearing = Bearing(frame.ToEnu(points[i + 1]), reverse: false);
                double delta = Math.Min(Math.Abs(WrapPi(outBearing - inBearing)), 150 * Math.PI / 180);
                capture = Math.Max(parameters.TurnRadiusM * Math.Tan(delta / 2), minCapture);
            }
            var target = Wgs84.ToEcef(points[i]);
            _legs[i - 1] = new Leg(target, commanded, capture, target - Wgs84.ToEcef(points[i - 1]));
        }

        ref var k = ref _committed;
        k.Lat = launch.LatitudeRad;
        k.Lon = launch.LongitudeRad;
        k.Height = launch.HeightM;
        (k.SinLat, k.CosLat) = Math.SinCos(k.Lat);
        (k.SinLon, k.CosLon) = Math.SinCos(k.Lon);
        k.Ecef = Wgs84.ToEcef(launch);
        k.Phase = FlightPhase.Cruise;
        var basis = EnuBasis.FromSinCos(k.SinLat, k.CosLat, k.SinLon, k.CosLon);
        var d = _legs[0].Target - k.Ecef;
        SetHeading(ref k, Math.Atan2(d.Dot(basis.East), d.Dot(basis.North)));
        k.Velocity = basis.ToEcef(parameters.CruiseSpeedMps * k.SinHeading, parameters.CruiseSpeedMps * k.CosHeading, 0);
    }

    public WaypointFlightParameters Parameters => _p;
    public ThreatKinematics State
    {
        get
        {
            ref readonly var k = ref Current;
            return new(k.Ecef, k.Velocity, new Geodetic(k.Lat * 180.0 / Math.PI, k.Lon * 180.0 / Math.PI, k.Height));
        }
    }
    public FlightPhase Phase => Current.Phase;
    public bool HasImpacted => Current.Phase == FlightPhase.Impacted;
    public Geodetic? ImpactPoint => HasImpacted ? _aim : null;
    /// <summary>The point the flight dives onto (and, once impacted, <see cref="ImpactPoint"/>).</summary>
    public Geodetic AimPoint => _aim;
    /// <summary>Time flown since launch.</summary>
    public SimDuration TimeOfFlight => new(Current.ElapsedS);
    /// <summary>Index of the leg being flown: 0..route count-1 for waypoints, the last for the aim point.</summary>
    public int CurrentLeg => Current.Leg;

    private ref readonly Kinematics Current => ref _isProvisional ? ref _provisional : ref _committed;

    public void Advance(SimDuration dt)
    {
        double total = dt.Seconds;
        if (!(total >= 0)) throw new ArgumentOutOfRangeException(nameof(dt), dt, "a flight advances by a non-negative, finite duration");
        if (total == 0 || HasImpacted) return;
        double end = Current.ElapsedS + total;
        ref var k = ref _committed;
        // Commit whole grid steps: a stride of several sub-steps where the flight is straight and level (or diving,
        // which is exact for any step), else one sub-step.
        while (k.Phase != FlightPhase.Impacted)
        {
            int ticks = _tick % _strideTicks == 0 && CanStride(in k) ? _strideTicks : 1;
            double next = (_tick + ticks) * _maxSubStepS;
            if (next > end + GridEpsS) break;
            Step(ref k, next - k.ElapsedS);
            _tick += ticks;
            if (k.Phase != FlightPhase.Impacted) k.ElapsedS = next;
        }
        double rest = end - k.ElapsedS;
        if (k.Phase == FlightPhase.Impacted || rest <= GridEpsS)
        {
            _isProvisional = false;
            return;
        }
        // Part of a grid step (which the stride test above allowed for its whole length) from the committed state.
        _provisional = k;
        Step(ref _provisional, rest);
        _isProvisional = true;
    }

    private void Step(ref Kinematics k, double h)
    {
        if (k.Phase == FlightPhase.Terminal) DiveStep(ref k, h);
        else CruiseStep(ref k, h);
    }

    /// <summary>
    /// Whether the next stride can be one step: diving (a straight line at constant speed), or cruising on the desired
    /// course, level at the commanded height or climbing (descending) at the full rate all through the stride, and far
    /// enough from the leg's capture (or the dive) that no sub-step of the stride would capture it.
    /// </summary>
    private bool CanStride(in Kinematics k)
    {
        if (_strideTicks == 1) return false;
        if (k.Phase == FlightPhase.Terminal) return true;
        ref readonly var leg = ref _legs[k.Leg];
        double v = _p.CruiseSpeedMps;
        double stride = _strideTicks * _maxSubStepS;
        // Level, or climbing (descending) at the full rate for the whole stride and the sub-step after it.
        double toGo = Math.Abs(leg.CommandedHeightM - k.Height);
        if (toGo > LevelToleranceM && toGo < Math.Min(_p.MaxClimbRateMps, v) * (stride + _maxSubStepS)) return false;
        var d = leg.Target - k.Ecef;
        double east = -k.SinLon * d.X + k.CosLon * d.Y;
        double north = -k.SinLat * (k.CosLon * d.X + k.SinLon * d.Y) + k.CosLat * d.Z;
        double horizontal = Math.Sqrt(east * east + north * north);
        double trigger = k.Leg == _legs.Length - 1
            ? Math.Max(_p.TerminalDiveRangeM, 2 * v * _maxSubStepS)
            : leg.CaptureDistanceM;
        if (horizontal <= trigger + v * (stride + _maxSubStepS)) return false;
        // Heading within the tolerance of the course to the target (sine and cosine of the error).
        double along = k.SinHeading * east + k.CosHeading * north;
        double across = k.CosHeading * east - k.SinHeading * north;
        return along > 0 && Math.Abs(across) <= StraightHeadingTolRad * horizontal;
    }

    private void CruiseStep(ref Kinematics k, double h)
    {
        var basis = EnuBasis.FromSinCos(k.SinLat, k.CosLat, k.SinLon, k.CosLon);
        int last = _legs.Length - 1;
        double east, north;
        while (true)
        {
            ref readonly var leg = ref _legs[k.Leg];
            var d = leg.Target - k.Ecef;
            east = d.Dot(basis.East);
            north = d.Dot(basis.North);
            double horizontal = Math.Sqrt(east * east + north * north);
            if (k.Leg == last)
            {
                if (horizontal <= Math.Max(_p.TerminalDiveRangeM, 2 * _p.CruiseSpeedMps * h))
                {
                    k.Phase = FlightPhase.Terminal;
                    DiveStep(ref k, h);
                    return;
                }
                break;
            }
            bool abeam = -d.Dot(leg.Direction) > 0;
            if (horizontal > leg.CaptureDistanceM && !abeam) break;
            k.Leg++;
        }

        double commanded = _legs[k.Leg].CommandedHeightM;
        double v = _p.CruiseSpeedMps;
        double vzLimit = Math.Min(_p.MaxClimbRateMps, v);
        double vz = Math.Clamp((commanded - k.Height) / h, -vzLimit, vzLimit);
        double vh = Math.Sqrt(v * v - vz * vz);

        double desired = Math.Atan2(east, north);
        double maxTurn = _p.MaxTurnRateRadPerS * h;
        double turn = Math.Clamp(WrapPi(desired - k.Heading), -maxTurn, maxTurn);

        // Navigation equations on the ellipsoid, evaluated at the middle of the step (latitude, height and heading),
        // so that the step is second-order accurate and a long straight step stays on the geodesic. The mid-step
        // latitude comes from a first-order predictor; its sine and cosine from a Taylor series in the half-step
        // (|δ| < 1e-4 rad for any step below 10 s at 250 m/s, so the neglected δ³/6 is below 2e-13).
        double s = vh * h;
        (double sinH0, double cosH0) = Math.SinCos(k.Heading + 0.5 * turn);
        double sLat = k.SinLat, cLat = k.CosLat;
        double w0 = 1 - Wgs84.E2 * sLat * sLat;
        double meridian0 = Wgs84.A * (1 - Wgs84.E2) / (w0 * Math.Sqrt(w0));
        double hMid = k.Height + 0.5 * vz * h;
        double half = 0.5 * s * cosH0 / (meridian0 + hMid);
        double half2 = 0.5 * half * half;
        double sMid = sLat * (1 - half2) + cLat * half;
        double cMid = cLat * (1 - half2) - sLat * half;
        double w = 1 - Wgs84.E2 * sMid * sMid;
        double sw = Math.Sqrt(w);
        double primeVertical = Wgs84.A / sw;
        double meridian = Wgs84.A * (1 - Wgs84.E2) / (w * sw);
        // A course that does not turn follows a geodesic, whose heading changes by sin φ dλ (Clairaut): half of it
        // before the middle of the step.
        double lonScale = 1 / ((primeVertical + hMid) * cMid);
        double transport = sMid * s * sinH0 * lonScale;
        double tm = 0.5 * transport, tm2 = 0.5 * tm * tm;
        double sinMid = sinH0 * (1 - tm2) + cosH0 * tm;
        double cosMid = cosH0 * (1 - tm2) - sinH0 * tm;
        double dLat = s * cosMid / (meridian + hMid);
        double dLon = s * sinMid * lonScale;

        k.Lat += dLat;
        k.Lon += dLon;
        if (k.Lon > Math.PI) k.Lon -= 2 * Math.PI; else if (k.Lon < -Math.PI) k.Lon += 2 * Math.PI;
        k.Height += vz * h;
        k.ElapsedS += h;
        SetHeading(ref k, WrapPi(k.Heading + turn + sMid * dLon));

        (k.SinLat, k.CosLat) = Math.SinCos(k.Lat);
        (k.SinLon, k.CosLon) = Math.SinCos(k.Lon);
        double n = Wgs84.A / Math.Sqrt(1 - Wgs84.E2 * k.SinLat * k.SinLat);
        double r = (n + k.Height) * k.CosLat;
        k.Ecef = new Ecef(r * k.CosLon, r * k.SinLon, (n * (1 - Wgs84.E2) + k.Height) * k.SinLat);
        var after = EnuBasis.FromSinCos(k.SinLat, k.CosLat, k.SinLon, k.CosLon);
        k.Velocity = after.ToEcef(vh * k.SinHeading, vh * k.CosHeading, vz);
    }

    private void DiveStep(ref Kinematics k, double h)
    {
        var d = _aimEcef - k.Ecef;
        double distance = d.Norm;
        double v = _p.TerminalSpeedMps;
        var u = distance > 0 ? d / distance : k.Velocity.Normalized();
        k.Velocity = u * v;
        if (distance <= v * h)
        {
            // The straight dive meets the aim height at the aim point itself: stop there, part-way through the step.
            k.ElapsedS += distance / v;
            k.Ecef = _aimEcef;
            k.Lat = _aim.LatitudeRad;
            k.Lon = _aim.LongitudeRad;
            k.Height = _aim.HeightM;
            (k.SinLat, k.CosLat) = Math.SinCos(k.Lat);
            (k.SinLon, k.CosLon) = Math.SinCos(k.Lon);
            k.Phase = FlightPhase.Impacted;
            return;
        }
        k.Ecef += u * (v * h);
        k.ElapsedS += h;
        var g = Wgs84.ToGeodetic(k.Ecef);
        k.Lat = g.LatitudeRad;
        k.Lon = g.LongitudeRad;
        k.Height = g.HeightM;
        (k.SinLat, k.CosLat) = Math.SinCos(k.Lat);
        (k.SinLon, k.CosLon) = Math.SinCos(k.Lon);
        var basis = EnuBasis.FromSinCos(k.SinLat, k.CosLat, k.SinLon, k.CosLon);
        SetHeading(ref k, Math.Atan2(k.Velocity.Dot(basis.East), k.Velocity.Dot(basis.North)));
    }

    private static void SetHeading(ref Kinematics k, double heading)
    {
        k.Heading = heading;
        (k.SinHeading, k.CosHeading) = Math.SinCos(heading);
    }

    private static double Bearing(Enu e, bool reverse) =>
        reverse ? Math.Atan2(-e.East, -e.North) : Math.Atan2(e.East, e.North);

    private static double WrapPi(double a) =>
        a is >= -Math.PI and <= Math.PI ? a : Math.IEEERemainder(a, 2 * Math.PI);
}
