using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Models.Threats;
using Oberig.Scenario.Model;

namespace Oberig.Models.Tests.Threats;

public class WeavingFlightTests
{
    private static readonly Waypoint[] NoRoute = [];
    // Due east along the equator at cruise height, so the base flight is a straight, level run-in (about 55 km).
    private static readonly Geodetic Launch = new(0, 30, 50);
    private static readonly Geodetic Aim = new(0, 30.5, 0);
    private static readonly WaypointFlightParameters Missile = WaypointFlightParameters.From(TestThreats.CruiseMissile());
    private static readonly WeaveParameters Weave = WeaveParameters.From(TestThreats.CruiseMissile())!.Value;

    private static WaypointFlight Straight() => new(Missile, Launch, NoRoute, Aim);
    private static WeavingFlight Weaving() => new(Straight(), Weave);

    /// <summary>Horizontal unit vector to the right of the velocity, from the local vertical (v_h × up).</summary>
    private static Vec3 RightOfTrack(ThreatKinematics s)
    {
        var up = new LocalFrame(s.Geodetic).RotateToEcef(new Enu(0, 0, 1));
        var v = s.VelocityEcef;
        return (v - up * v.Dot(up)).Cross(up).Normalized();
    }

    private static double GroundRangeToAim(Ecef p)
    {
        var e = new LocalFrame(Aim).ToEnu(p);
        return Math.Sqrt(e.East * e.East + e.North * e.North);
    }

    [Fact]
    public void CrossTrackOffsetAndLateralAccelerationFollowTheClosedForm()
    {
        double a = Weave.AccelerationMps2, w = 2 * Math.PI / Weave.PeriodS, h = 0.05;
        var reference = Straight();
        var weaving = Weaving();
        double peak = 0;
        int samples = 0;
        Vec3? previousLateralVelocity = null;
        while (!weaving.HasImpacted)
        {
            reference.Advance(SimDuration.FromSeconds(h));
            weaving.Advance(SimDuration.FromSeconds(h));
            if (!weaving.IsWeaving) { previousLateralVelocity = null; continue; }
            double tau = weaving.TimeOfFlight.Seconds - weaving.WeaveStartedAt!.Value.Seconds;
            var n = RightOfTrack(reference.State);
            var difference = weaving.State.Position - reference.State.Position;
            double across = difference.Dot(n);
            Assert.Equal(a / (w * w) * (1 - Math.Cos(w * tau)), across, 0.01);
            // The offset is across the path alone: nothing along it or vertical.
            Assert.True((difference - n * across).Norm < 0.01, $"off-normal displacement {(difference - n * across).Norm} m at τ = {tau} s");
            Assert.Equal(a / w * Math.Sin(w * tau), (weaving.State.VelocityEcef - reference.State.VelocityEcef).Dot(n), 1e-6);

            // Lateral acceleration by finite differences of the velocity: a·cos ω(τ − h/2) at the middle of the step.
            var velocity = weaving.State.VelocityEcef;
            if (previousLateralVelocity is { } before)
            {
                double lateral = (velocity - before).Dot(n) / h;
                Assert.Equal(a * Math.Cos(w * (tau - h / 2)), lateral, 0.01);
                peak = Math.Max(peak, Math.Abs(lateral));
                samples++;
            }
            previousLateralVelocity = velocity;
        }
        Assert.True(samples > 2 * Weave.PeriodS / h, "fewer than two periods were flown");
        Assert.InRange(peak, 0.999 * a, a);
    }

    [Fact]
    public void NoOffsetBeforeTheWindowAndTheWeaveStartsOnItsEdge()
    {
        var reference = Straight();
        var weaving = Weaving();
        Assert.Null(weaving.WeaveStartedAt);
        double dt = 1;
        while (!weaving.IsWeaving)
        {
            Assert.Equal(reference.State, weaving.State);
            Assert.True(GroundRangeToAim(weaving.State.Position) > Weave.FromRangeM - Missile.CruiseSpeedMps * dt);
            reference.Advance(SimDuration.FromSeconds(dt));
            weaving.Advance(SimDuration.FromSeconds(dt));
        }
        // The start is where the straight run-in crossed from_range_m: the cruise speed back from the range now.
        double start = weaving.WeaveStartedAt!.Value.Seconds;
        double rangeNow = GroundRangeToAim(reference.State.Position);
        double expected = weaving.TimeOfFlight.Seconds - (Weave.FromRangeM - rangeNow) / Missile.CruiseSpeedMps;
        Assert.Equal(expected, start, 0.01);
    }

    [Fact]
    public void TheWeaveEndsAtZeroOffsetAfterWholePeriodsInTheDiveAndTheImpactIsTheBasesAimPoint()
    {
        var reference = Straight();
        var weaving = Weaving();
        double? diveStartS = null, weaveEndS = null;
        double lastOffset = 0;
        while (!weaving.HasImpacted)
        {
            bool wasWeaving = weaving.IsWeaving;
            if (wasWeaving) lastOffset = weaving.State.Position.DistanceTo(reference.State.Position);
            reference.Advance(SimDuration.FromSeconds(0.1));
            weaving.Advance(SimDuration.FromSeconds(0.1));
            if (diveStartS is null && reference.Phase == FlightPhase.Terminal) diveStartS = reference.TimeOfFlight.Seconds;
            if (wasWeaving && !weaving.IsWeaving)
            {
                weaveEndS = weaving.TimeOfFlight.Seconds;
                Assert.Equal(reference.State, weaving.State);
            }
            if (weaveEndS is not null) Assert.Equal(reference.State, weaving.State);
        }
        Assert.NotNull(diveStartS);
        Assert.NotNull(weaveEndS);
        double periods = (weaveEndS.Value - weaving.WeaveStartedAt!.Value.Seconds) / Weave.PeriodS;
        // Ends on the step after the first whole period that finds the flight diving.
        double firstEndInDive = Math.Ceiling((diveStartS.Value - 0.1 - weaving.WeaveStartedAt!.Value.Seconds) / Weave.PeriodS);
        Assert.InRange(periods, firstEndInDive, firstEndInDive + 0.1 / Weave.PeriodS + 1e-9);
        // The last weaving sample lies within one step of the period's end, where the offset is back near zero.
        double w = Weave.AngularFrequencyRadPerS;
        Assert.True(lastOffset <= Weave.AccelerationMps2 / (w * w) * (1 - Math.Cos(w * 0.1)) + 0.01, $"offset {lastOffset} m just before the end");
        Assert.Equal(FlightPhase.Impacted, weaving.Phase);
        Assert.Equal(Aim, weaving.ImpactPoint);
        Assert.Equal(reference.ImpactPoint, weaving.ImpactPoint);
        Assert.Equal(reference.TimeOfFlight.Seconds, weaving.TimeOfFlight.Seconds, 1e-9);
    }

    [Fact]
    public void TheWeaveDoesNotDependOnHowTheTimeIsCut()
    {
        var whole = Weaving();
        var tenths = Weaving();
        var uneven = Weaving();
        double[] cuts = [0.3, 0.05, 1.7, 0.25, 2.9];
        int k = 0;
        while (!whole.HasImpacted)
        {
            whole.Advance(SimDuration.FromSeconds(1));
            for (int i = 0; i < 10; i++) tenths.Advance(SimDuration.FromSeconds(0.1));
            while (uneven.TimeOfFlight.Seconds < whole.TimeOfFlight.Seconds - 1e-9)
                uneven.Advance(SimDuration.FromSeconds(Math.Min(cuts[k++ % cuts.Length], whole.TimeOfFlight.Seconds - uneven.TimeOfFlight.Seconds)));
            Assert.True(whole.State.Position.DistanceTo(tenths.State.Position) < 1e-3, $"1 s and 0.1 s steps differ at {whole.TimeOfFlight}");
            Assert.True(whole.State.Position.DistanceTo(uneven.State.Position) < 1e-3, $"1 s and uneven steps differ at {whole.TimeOfFlight}");
        }
        // Cut to end exactly on the impact instant, the uneven flight has not yet crossed it.
        uneven.Advance(SimDuration.FromSeconds(0.1));
        Assert.True(tenths.HasImpacted && uneven.HasImpacted);
        Assert.Equal(whole.TimeOfFlight.Seconds, uneven.TimeOfFlight.Seconds, 1e-9);
        Assert.Equal(whole.WeaveStartedAt!.Value.Seconds, tenths.WeaveStartedAt!.Value.Seconds, 1e-6);
        Assert.Equal(whole.WeaveStartedAt!.Value.Seconds, uneven.WeaveStartedAt!.Value.Seconds, 1e-6);
    }

    [Fact]
    public void AdvanceAllocatesNothing()
    {
        // One whole flight first, so that every path (sampling, start, period ends, stop, dive, impact) is compiled.
        var warm = Weaving();
        while (!warm.HasImpacted) { warm.Advance(SimDuration.FromSeconds(0.1)); _ = warm.State; }
        var f = Weaving();
        long before = GC.GetAllocatedBytesForCurrentThread();
        while (!f.HasImpacted) { f.Advance(SimDuration.FromSeconds(0.1)); _ = f.State; }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void LaunchedInsideTheWindowItWeavesFromTheStart()
    {
        var f = new WeavingFlight(new WaypointFlight(Missile, new Geodetic(0, 30.4, 50), NoRoute, Aim), Weave);
        Assert.True(f.IsWeaving);
        Assert.Equal(0, f.WeaveStartedAt!.Value.Seconds);
        Assert.Equal(f.Base.State, f.State);
    }

    [Fact]
    public void NegativeStepIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Weaving().Advance(SimDuration.FromSeconds(-1)));

    [Theory]
    [InlineData(0, 6, 20_000, "evasive.weave_g")]
    [InlineData(3, 0, 20_000, "evasive.weave_period_s")]
    [InlineData(3, 6, double.NaN, "evasive.from_range_m")]
    public void UnusableWeaveFiguresAreNamed(double g, double periodS, double fromRangeM, string field)
    {
        var type = TestThreats.CruiseMissile(new() { WeaveG = g, WeavePeriodS = periodS, FromRangeM = fromRangeM });
        var e = Assert.Throws<ArgumentException>(() => WeaveParameters.From(type));
        Assert.Contains("test-cruise", e.Message, StringComparison.Ordinal);
        Assert.Contains(field, e.Message, StringComparison.Ordinal);
    }
}
