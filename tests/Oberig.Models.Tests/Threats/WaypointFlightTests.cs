using Oberig.Core.Geodesy;
using Oberig.Core.Time;
using Oberig.Models.Threats;
using Oberig.Scenario.Model;

namespace Oberig.Models.Tests.Threats;

public class WaypointFlightTests
{
    private static readonly Waypoint[] NoRoute = [];
    private static readonly WaypointFlightParameters Drone = WaypointFlightParameters.From(TestThreats.Drone());

    private static WaypointFlight FlyToImpact(WaypointFlight f, double dt = 1.0, double limitS = 20_000, Action<WaypointFlight>? each = null)
    {
        while (!f.HasImpacted && f.TimeOfFlight.Seconds < limitS) { f.Advance(SimDuration.FromSeconds(dt)); each?.Invoke(f); }
        Assert.True(f.HasImpacted, "the flight never impacted");
        return f;
    }

    private static double VerticalRate(ThreatKinematics s) => new LocalFrame(s.Geodetic).RotateToEnu(s.VelocityEcef).Up;

    [Fact]
    public void DroneWithNoRouteImpactsOnTheAimPointAfterTheExpectedTime()
    {
        // On the equator the ground distance is a·Δλ exactly (the equator is a circle of radius a).
        var launch = new Geodetic(0, 30, 0);
        var aim = new Geodetic(0, 30.9, 0);
        double ground = Wgs84.A * 0.9 * Math.PI / 180;
        var f = FlyToImpact(new WaypointFlight(Drone, launch, NoRoute, aim));

        Assert.Equal(FlightPhase.Impacted, f.Phase);
        var impact = f.ImpactPoint!.Value;
        Assert.True(Wgs84.ToEcef(impact).DistanceTo(Wgs84.ToEcef(aim)) < 3, $"impact {impact} is off the aim point");
        // Cruise over (ground − dive range) at 50 m/s, climb to 1000 m at 5 m/s costs 200 s·(50 − √(50² − 5²)) m of
        // ground, and the straight dive from 1000 m at 2000 m ground range is √(2000² + 1000²) m at 70 m/s.
        double climbLoss = 200 * (50 - Math.Sqrt(50 * 50 - 5 * 5)) / 50;
        double expected = (ground - 2_000) / 50 + climbLoss + Math.Sqrt(2_000.0 * 2_000 + 1_000 * 1_000) / 70;
        Assert.InRange(f.TimeOfFlight.Seconds, expected * 0.98, expected * 1.02);
    }

    [Fact]
    public void CruiseMissileOverFiveDegreesOfMeridianArrivesOnTime()
    {
        // Meridian arc from 45° N to 50° N by Simpson's rule on M(φ) = a(1−e²)/(1−e² sin²φ)^1.5 (independent of the model).
        static double M(double phi) => Wgs84.A * (1 - Wgs84.E2) / Math.Pow(1 - Wgs84.E2 * Math.Sin(phi) * Math.Sin(phi), 1.5);
        double p0 = 45 * Math.PI / 180, p1 = 50 * Math.PI / 180;
        int n = 1000; double hStep = (p1 - p0) / n, arc = M(p0) + M(p1);
        for (int i = 1; i < n; i++) arc += (i % 2 == 1 ? 4 : 2) * M(p0 + i * hStep);
        arc *= hStep / 3;

        var p = new WaypointFlightParameters(250, 250, 50, 10_000, 20, 3 * Math.PI / 180);
        var f = FlyToImpact(new WaypointFlight(p, new Geodetic(45, 10, 50), NoRoute, new Geodetic(50, 10, 50)));
        double expected = (arc - 10_000) / 250 + Math.Sqrt(10_000.0 * 10_000) / 250;
        Assert.InRange(f.TimeOfFlight.Seconds, expected * 0.995, expected * 1.005);
        Assert.True(Wgs84.ToEcef(f.ImpactPoint!.Value).DistanceTo(Wgs84.ToEcef(new Geodetic(50, 10, 50))) < 1);
    }

    [Fact]
    public void NinetyDegreeTurnHasRadiusSpeedOverTurnRate()
    {
        // East along the equator to a waypoint, then north: start level at cruise height so the turn is horizontal.
        var launch = new Geodetic(0, 30, 1_000);
        Waypoint[] route = [new(0, 30.5, null)];
        var f = new WaypointFlight(Drone, launch, route, new Geodetic(0.6, 30.5, 0));
        var frame = new LocalFrame(new Geodetic(0, 30.5, 1_000));
        var turnPoints = new List<Enu>();
        while (!f.HasImpacted && f.TimeOfFlight.Seconds < 3_000)
        {
            f.Advance(SimDuration.FromSeconds(0.5));
            var v = frame.RotateToEnu(f.State.VelocityEcef);
            double heading = Math.Atan2(v.East, v.North) * 180 / Math.PI;
            if (heading is > 15 and < 75) turnPoints.Add(frame.ToEnu(f.State.Position));
        }
        Assert.True(turnPoints.Count > 10);
        // Circle through three points of the track (circumradius abc / 4·area).
        Enu a = turnPoints[0], b = turnPoints[turnPoints.Count / 2], c = turnPoints[^1];
        double ab = Dist(a, b), bc = Dist(b, c), ca = Dist(c, a);
        double area = Math.Abs((b.East - a.East) * (c.North - a.North) - (c.East - a.East) * (b.North - a.North)) / 2;
        double radius = ab * bc * ca / (4 * area);
        double expected = 50 / (3 * Math.PI / 180); // 954.9 m
        Assert.InRange(radius, expected * 0.98, expected * 1.02);
        // The fillet is centred on the corner: the track passes within R(√2 − 1) of the waypoint, not beyond it.
        double closest = turnPoints.Min(p => Math.Sqrt(p.East * p.East + p.North * p.North));
        Assert.InRange(closest, expected * (Math.Sqrt(2) - 1) * 0.9, expected * (Math.Sqrt(2) - 1) * 1.1);

        static double Dist(Enu p, Enu q) => Math.Sqrt((p.East - q.East) * (p.East - q.East) + (p.North - q.North) * (p.North - q.North));
    }

    [Fact]
    public void ClimbAndDescentNeverExceedTheMaximumRateAndCruiseHoldsItsHeight()
    {
        // Climb to 1000 m, descend to a 300 m waypoint, climb back to cruise for the last leg.
        var launch = new Geodetic(0, 30, 0);
        Waypoint[] route = [new(0, 30.2, null), new(0, 30.4, 300)];
        var f = new WaypointFlight(Drone, launch, route, new Geodetic(0, 30.9, 0));
        double maxUp = 0, maxDown = 0;
        var holds = new List<(double T, double H, int Leg)>();
        FlyToImpact(f, 0.5, each: x =>
        {
            if (x.Phase != FlightPhase.Cruise) return; // the terminal dive is a straight line at terminal speed
            var s = x.State;
            double vz = VerticalRate(s);
            maxUp = Math.Max(maxUp, vz);
            maxDown = Math.Min(maxDown, vz);
            holds.Add((x.TimeOfFlight.Seconds, s.Geodetic.HeightM, x.CurrentLeg));
        });
        Assert.InRange(maxUp, 4.99, 5 + 1e-6);
        Assert.InRange(maxDown, -5 - 1e-6, -4.99);
        // Once level: 1000 m after the climb (t > 220 s) on the first leg until the descent, 300 m on arrival, 1000 m at the end.
        Assert.All(holds.Where(x => x.Leg == 0 && x.T is > 220 and < 400), x => Assert.Equal(1_000, x.H, 1.0));
        Assert.All(holds.Where(x => x.Leg == 1).TakeLast(20), x => Assert.Equal(300, x.H, 1.0));
        Assert.All(holds.Where(x => x.Leg == 2).TakeLast(100), x => Assert.Equal(1_000, x.H, 1.0));
    }

    [Fact]
    public void OneLongStepEqualsTwoHalfSteps()
    {
        var launch = new Geodetic(48, 35, 100);
        Waypoint[] route = [new(48.2, 35.3, null), new(48.1, 35.6, 200)];
        var aim = new Geodetic(48.4, 35.8, 150);
        var one = new WaypointFlight(Drone, launch, route, aim);
        var two = new WaypointFlight(Drone, launch, route, aim);
        while (!one.HasImpacted)
        {
            one.Advance(SimDuration.FromSeconds(1));
            two.Advance(SimDuration.FromSeconds(0.5));
            two.Advance(SimDuration.FromSeconds(0.5));
            Assert.Equal(0, one.State.Position.DistanceTo(two.State.Position), 1e-6);
        }
        Assert.True(two.HasImpacted);
        Assert.Equal(one.TimeOfFlight.Seconds, two.TimeOfFlight.Seconds, 1e-9);
        Assert.Equal(aim, one.ImpactPoint);
    }

    [Fact]
    public void LongStraightLegInOneSecondStridesMatchesFineSubSteps()
    {
        // 700 km north-east at 250 m/s: the default flight cruises in 1 s strides, the reference sub-steps 0.05 s
        // everywhere and is advanced in 0.05 s steps.
        var p = new WaypointFlightParameters(250, 250, 50, 10_000, 20, 3 * Math.PI / 180);
        var launch = new Geodetic(46, 25, 50);
        var aim = new Geodetic(51, 34, 50);
        var fast = new WaypointFlight(p, launch, NoRoute, aim);
        var fine = new WaypointFlight(p, launch, NoRoute, aim, new WaypointFlightOptions { MaxSubStepS = 0.05, StraightStepS = 0.05 });
        double worst = 0;
        while (!fast.HasImpacted && !fine.HasImpacted)
        {
            fast.Advance(SimDuration.FromSeconds(1));
            for (int i = 0; i < 20; i++) fine.Advance(SimDuration.FromSeconds(0.05));
            if (!fast.HasImpacted && !fine.HasImpacted) worst = Math.Max(worst, fast.State.Position.DistanceTo(fine.State.Position));
        }
        FlyToImpact(fast);
        FlyToImpact(fine, 0.05);
        Assert.True(worst < 1, $"the tracks part by {worst} m");
        Assert.Equal(fine.TimeOfFlight.Seconds, fast.TimeOfFlight.Seconds, 0.1);
        Assert.True(Wgs84.ToEcef(fast.ImpactPoint!.Value).DistanceTo(Wgs84.ToEcef(fine.ImpactPoint!.Value)) < 1);
    }

    [Fact]
    public void RouteWithStridesStaysOnTheFinelySubSteppedTrack()
    {
        // Climb, two turns and a descent: strides only where straight and level, so the track keeps to the reference
        // within the turn-start granularity of the default 0.25 s sub-step (50 m/s · 0.25 s = 12.5 m).
        var launch = new Geodetic(52.55, 33.3, 100);
        Waypoint[] route = [new(51.9, 32.4, null), new(51.5, 31.5, 400)];
        var aim = new Geodetic(50.45, 30.52, 150);
        var fast = new WaypointFlight(Drone, launch, route, aim);
        var fine = new WaypointFlight(Drone, launch, route, aim, new WaypointFlightOptions { MaxSubStepS = 0.05, StraightStepS = 0.05 });
        double worst = 0;
        while (!fast.HasImpacted && !fine.HasImpacted)
        {
            fast.Advance(SimDuration.FromSeconds(1));
            fine.Advance(SimDuration.FromSeconds(1));
            if (!fast.HasImpacted && !fine.HasImpacted) worst = Math.Max(worst, fast.State.Position.DistanceTo(fine.State.Position));
        }
        FlyToImpact(fast);
        FlyToImpact(fine);
        Assert.True(worst < 12.5, $"the tracks part by {worst} m");
        Assert.Equal(fine.TimeOfFlight.Seconds, fast.TimeOfFlight.Seconds, 0.25);
    }

    [Fact]
    public void StridesDoNotDependOnHowTheTimeIsCut()
    {
        // Whatever the Advance lengths, the committed trajectory lies on the same grid: equal states at shared instants.
        var launch = new Geodetic(48, 35, 100);
        Waypoint[] route = [new(48.2, 35.3, null), new(48.1, 35.6, 200)];
        var aim = new Geodetic(48.4, 35.8, 150);
        var whole = new WaypointFlight(Drone, launch, route, aim);
        var tenths = new WaypointFlight(Drone, launch, route, aim);
        var uneven = new WaypointFlight(Drone, launch, route, aim);
        while (!whole.HasImpacted)
        {
            whole.Advance(SimDuration.FromSeconds(1));
            for (int i = 0; i < 10; i++) tenths.Advance(SimDuration.FromSeconds(0.1));
            uneven.Advance(SimDuration.FromSeconds(0.3));
            uneven.Advance(SimDuration.FromSeconds(0.7));
            Assert.Equal(0, whole.State.Position.DistanceTo(tenths.State.Position), 1e-6);
            Assert.Equal(0, whole.State.Position.DistanceTo(uneven.State.Position), 1e-6);
        }
        Assert.True(tenths.HasImpacted && uneven.HasImpacted);
        Assert.Equal(whole.TimeOfFlight.Seconds, tenths.TimeOfFlight.Seconds, 1e-9);
        Assert.Equal(whole.TimeOfFlight.Seconds, uneven.TimeOfFlight.Seconds, 1e-9);
    }

    [Fact]
    public void TrailingWaypointOnTheAimPointIsDropped()
    {
        var aim = new Geodetic(0, 30.5, 0);
        Waypoint[] route = [new(0.1, 30.25, null), new(aim.LatitudeDeg, aim.LongitudeDeg, null)];
        var f = FlyToImpact(new WaypointFlight(Drone, new Geodetic(0, 30, 0), route, aim));
        Assert.Equal(aim, f.ImpactPoint);
    }

    [Fact]
    public void AdvanceAllocatesNothing()
    {
        var f = new WaypointFlight(Drone, new Geodetic(0, 30, 0), [new Waypoint(0.2, 30.2, null)], new Geodetic(0, 31, 0));
        for (int i = 0; i < 100; i++) f.Advance(SimDuration.FromSeconds(0.1));
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++) { f.Advance(SimDuration.FromSeconds(0.1)); _ = f.State; }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void NegativeStepIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new WaypointFlight(Drone, new Geodetic(0, 30, 0), NoRoute, new Geodetic(0, 31, 0)).Advance(SimDuration.FromSeconds(-1)));
}
