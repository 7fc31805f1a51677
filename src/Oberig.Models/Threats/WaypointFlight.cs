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
/// The state is held as geodetic latitude, longitude and height, a heading and a vertical rate; each sub-step moves
/// the position with the WGS84 meridian and prime-vertical radii (the navigation equations), so the flight stays
/// exact on the ellipsoid over any distance and a level cruise holds its height exactly. Steering is done in the
/// local East-North-Up frame of the current position: the bearing to the target is the direction of the ECEF chord
/// projected on the local horizontal (the great-circle initial bearing on a sphere). The total speed is the cruise
/// speed; the horizontal speed is what the vertical rate leaves of it. A waypoint is passed when the threat comes
/// within the turn's lead distance R·tan(Δ/2) (R = v/ω, Δ the change of course at the waypoint; at least two
/// sub-steps of travel) or passes abeam of it. Trailing waypoints within the dive range of the aim point are dropped.
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

    private readonly WaypointFlightParameters _p;
    private readonly double _maxSubStepS;
    private readonly Leg[] _legs; // waypoints, then the aim point (last)
    private readonly Geodetic _aim;
    private readonly Ecef _aimEcef;

    private double _lat, _lon, _height; // rad, rad, m
    private double _heading;            // rad clockwise from local north
    private Ecef _ecef;
    private Vec3 _velocity;
    private int _leg;
    private double _elapsedS;
    private FlightPhase _phase = FlightPhase.Cruise;
    private Geodetic? _impact;

    public WaypointFlight(WaypointFlightParameters parameters, Geodetic launch, IReadOnlyList<Waypoint> route,
        Geodetic aimPoint, WaypointFlightOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(route);
        parameters.Validate("waypoint flight");
        options ??= WaypointFlightOptions.Default;
        if (!(options.MaxSubStepS > 0)) throw new ArgumentException($"MaxSubStepS must be > 0 (is {options.MaxSubStepS})", nameof(options));
        _p = parameters;
        _maxSubStepS = options.MaxSubStepS;
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

        _lat = launch.LatitudeRad;
        _lon = launch.LongitudeRad;
        _height = launch.HeightM;
        _ecef = Wgs84.ToEcef(launch);
        var basis = EnuBasis.At(_lat, _lon);
        var d = _legs[0].Target - _ecef;
        _heading = Math.Atan2(d.Dot(basis.East), d.Dot(basis.North));
        _velocity = basis.ToEcef(parameters.CruiseSpeedMps * Math.Sin(_heading), parameters.CruiseSpeedMps * Math.Cos(_heading), 0);
    }

    public WaypointFlightParameters Parameters => _p;
    public ThreatKinematics State => new(_ecef, _velocity, CurrentGeodetic);
    public FlightPhase Phase => _phase;
    public bool HasImpacted => _phase == FlightPhase.Impacted;
    public Geodetic? ImpactPoint => _impact;
    /// <summary>Time flown since launch.</summary>
    public SimDuration TimeOfFlight => new(_elapsedS);
    /// <summary>Index of the leg being flown: 0..route count-1 for waypoints, the last for the aim point.</summary>
    public int CurrentLeg => _leg;

    private Geodetic CurrentGeodetic => new(_lat * 180.0 / Math.PI, _lon * 180.0 / Math.PI, _height);

    public void Advance(SimDuration dt)
    {
        double total = dt.Seconds;
        if (!(total >= 0)) throw new ArgumentOutOfRangeException(nameof(dt), dt, "a flight advances by a non-negative, finite duration");
        if (total == 0 || HasImpacted) return;
        int n = (int)Math.Ceiling(total / _maxSubStepS);
        double h = total / n;
        for (int i = 0; i < n && !HasImpacted; i++)
        {
            if (_phase == FlightPhase.Terminal) DiveStep(h);
            else CruiseStep(h);
        }
    }

    private void CruiseStep(double h)
    {
        var basis = EnuBasis.At(_lat, _lon);
        int last = _legs.Length - 1;
        double east, north;
        while (true)
        {
            ref readonly var leg = ref _legs[_leg];
            var d = leg.Target - _ecef;
            east = d.Dot(basis.East);
            north = d.Dot(basis.North);
            double horizontal = Math.Sqrt(east * east + north * north);
            if (_leg == last)
            {
                if (horizontal <= Math.Max(_p.TerminalDiveRangeM, 2 * _p.CruiseSpeedMps * h))
                {
                    _phase = FlightPhase.Terminal;
                    DiveStep(h);
                    return;
                }
                break;
            }
            bool abeam = -d.Dot(leg.Direction) > 0;
            if (horizontal > leg.CaptureDistanceM && !abeam) break;
            _leg++;
        }

        double commanded = _legs[_leg].CommandedHeightM;
        double v = _p.CruiseSpeedMps;
        double vzLimit = Math.Min(_p.MaxClimbRateMps, v);
        double vz = Math.Clamp((commanded - _height) / h, -vzLimit, vzLimit);
        double vh = Math.Sqrt(v * v - vz * vz);

        double desired = Math.Atan2(east, north);
        double maxTurn = _p.MaxTurnRateRadPerS * h;
        double turn = Math.Clamp(WrapPi(desired - _heading), -maxTurn, maxTurn);
        double mid = _heading + 0.5 * turn;
        _heading = WrapPi(_heading + turn);

        // Navigation equations on the ellipsoid, evaluated at the mid-step heading.
        double sinLat = Math.Sin(_lat);
        double w = 1 - Wgs84.E2 * sinLat * sinLat;
        double primeVertical = Wgs84.A / Math.Sqrt(w);
        double meridian = Wgs84.A * (1 - Wgs84.E2) / (w * Math.Sqrt(w));
        _lat += vh * Math.Cos(mid) * h / (meridian + _height);
        _lon += vh * Math.Sin(mid) * h / ((primeVertical + _height) * Math.Cos(_lat));
        if (_lon > Math.PI) _lon -= 2 * Math.PI; else if (_lon < -Math.PI) _lon += 2 * Math.PI;
        _height += vz * h;
        _elapsedS += h;

        _ecef = Wgs84.ToEcef(CurrentGeodetic);
        var after = EnuBasis.At(_lat, _lon);
        _velocity = after.ToEcef(vh * Math.Sin(_heading), vh * Math.Cos(_heading), vz);
    }

    private void DiveStep(double h)
    {
        var d = _aimEcef - _ecef;
        double distance = d.Norm;
        double v = _p.TerminalSpeedMps;
        var u = distance > 0 ? d / distance : _velocity.Normalized();
        _velocity = u * v;
        if (distance <= v * h)
        {
            // The straight dive meets the aim height at the aim point itself: stop there, part-way through the step.
            _elapsedS += distance / v;
            _ecef = _aimEcef;
            _lat = _aim.LatitudeRad;
            _lon = _aim.LongitudeRad;
            _height = _aim.HeightM;
            _impact = _aim;
            _phase = FlightPhase.Impacted;
            return;
        }
        _ecef += u * (v * h);
        _elapsedS += h;
        var g = Wgs84.ToGeodetic(_ecef);
        _lat = g.LatitudeRad;
        _lon = g.LongitudeRad;
        _height = g.HeightM;
        var basis = EnuBasis.At(_lat, _lon);
        _heading = Math.Atan2(_velocity.Dot(basis.East), _velocity.Dot(basis.North));
    }

    private static double Bearing(Enu e, bool reverse) =>
        reverse ? Math.Atan2(-e.East, -e.North) : Math.Atan2(e.East, e.North);

    private static double WrapPi(double a)
    {
        a = Math.IEEERemainder(a, 2 * Math.PI);
        return a;
    }
}
