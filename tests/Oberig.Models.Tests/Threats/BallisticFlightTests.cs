using Oberig.Core.Geodesy;
using Oberig.Core.Time;
using Oberig.Models.Earth;
using Oberig.Models.Threats;

namespace Oberig.Models.Tests.Threats;

public class BallisticFlightTests
{
    private static readonly Geodetic Launch = new(50, 30, 120);

    private static BallisticFlight Fly(BallisticFlight f, double dt = 1.0)
    {
        while (!f.HasImpacted && f.TimeOfFlight.Seconds < 5_000) f.Advance(SimDuration.FromSeconds(dt));
        Assert.True(f.HasImpacted);
        return f;
    }

    private static double GroundDistance(Geodetic a, Geodetic b) =>
        Wgs84.ToEcef(a.WithHeight(0)).DistanceTo(Wgs84.ToEcef(b.WithHeight(0)));

    [Theory]
    [InlineData(25_000, 45)]
    [InlineData(40_000, 45)]
    [InlineData(30_000, 30)]
    public void VacuumShortShotMatchesTheFlatEarthRange(double range, double elevationDeg)
    {
        // Flat Earth, uniform gravity, no drag: R = v² sin 2θ / g, with g = GM/a² at the equator.
        double g = PointMassGravity.GM / (Wgs84.A * Wgs84.A);
        double v = Math.Sqrt(range * g / Math.Sin(2 * elevationDeg * Math.PI / 180));
        var p = new BallisticParameters(0, v, double.PositiveInfinity);
        var f = Fly(new BallisticFlight(p, new Geodetic(0, 30, 0), 90, elevationDeg, 0));
        double flown = Wgs84.A * (f.ImpactPoint!.Value.LongitudeDeg - 30) * Math.PI / 180; // along the equator
        Assert.InRange(flown, range * 0.99, range * 1.01);
        Assert.Equal(0, f.ImpactPoint.Value.HeightM, 0.01);
    }

    [Fact]
    public void VacuumCoastConservesSpecificEnergy()
    {
        var p = new BallisticParameters(0, 2_000, double.PositiveInfinity);
        var f = new BallisticFlight(p, Launch, 45, 45, 0, new BallisticFlightOptions { MaxSubStepS = 0.1 });
        static double Energy(ThreatKinematics s) => s.VelocityEcef.NormSquared / 2 - PointMassGravity.GM / s.Position.AsVector.Norm;
        double e0 = Energy(f.State), worst = 0;
        while (!f.HasImpacted)
        {
            f.Advance(SimDuration.FromSeconds(0.1));
            worst = Math.Max(worst, Math.Abs(Energy(f.State) - e0) / Math.Abs(e0));
        }
        Assert.True(worst < 1e-6, $"relative energy drift {worst:e2}");
    }

    [Fact]
    public void RotatingFrameConservesTheJacobiIntegral()
    {
        // In the rotating frame v²/2 − GM/r − |ω×r|²/2 is constant (no drag, no thrust).
        var p = new BallisticParameters(0, 2_000, double.PositiveInfinity);
        var f = new BallisticFlight(p, Launch, 45, 45, 0, new BallisticFlightOptions { MaxSubStepS = 0.1, RotatingEarth = true });
        static double Jacobi(ThreatKinematics s)
        {
            var r = s.Position.AsVector;
            double w = Wgs84.OmegaRadPerS;
            return s.VelocityEcef.NormSquared / 2 - PointMassGravity.GM / r.Norm - 0.5 * w * w * (r.X * r.X + r.Y * r.Y);
        }
        double j0 = Jacobi(f.State);
        Fly(f, 0.1);
        Assert.True(Math.Abs(Jacobi(f.State) - j0) / Math.Abs(j0) < 1e-6);
    }

    [Fact]
    public void SolvedLoftHitsA300KmAimPointWithTheDepressedTrajectory()
    {
        var aim = new Geodetic(52.7, 30.4, 150); // about 301 km north-north-east
        var p = BallisticParameters.From(TestThreats.Ballistic());
        var s = BallisticSolver.Solve(p, Launch, aim);
        Assert.False(s.Lofted);
        var f = Fly(new BallisticFlight(s));
        double miss = GroundDistance(f.ImpactPoint!.Value, aim);
        Assert.True(miss < 50, $"miss {miss:0.0} m");
        Assert.Equal(150, f.ImpactPoint.Value.HeightM, 0.5);
        // Depressed: below the elevation of maximum range (coarse 1° scan).
        double bestEl = 0, best = 0;
        for (double el = 30; el <= 80; el += 1)
        {
            var g = Fly(new BallisticFlight(p, Launch, s.LaunchAzimuthDeg, el, aim.HeightM), 5);
            double r = GroundDistance(Launch, g.ImpactPoint!.Value);
            if (r > best) { best = r; bestEl = el; }
        }
        Assert.True(s.LaunchElevationDeg < bestEl, $"solved {s.LaunchElevationDeg:0.00}° is not below the max-range {bestEl}°");
        // Apogee: plausible for a 300 km SRBM (tens of km to ~150 km), and what the flight reached.
        Assert.InRange(s.ApogeeHeightM, 40_000, 150_000);
        Assert.Equal(s.ApogeeHeightM, f.ApogeeHeightM, 0.001 * s.ApogeeHeightM);
        Assert.InRange(s.TimeOfFlight.Seconds, 150, 450);
    }

    [Fact]
    public void A480KmShotIsOutOfReachWithBeta5000AndHitsInVacuum()
    {
        var aim = new Geodetic(54.3, 30.3, 0); // about 479 km
        var draggy = BallisticParameters.From(TestThreats.Ballistic(5_000));
        var e = Assert.Throws<ArgumentException>(() => BallisticSolver.Solve(draggy, Launch, aim));
        Assert.Contains("out of reach", e.Message, StringComparison.Ordinal);

        var vacuum = draggy with { BallisticCoefficientKgPerM2 = double.PositiveInfinity };
        var s = BallisticSolver.Solve(vacuum, Launch, aim);
        var f = Fly(new BallisticFlight(s));
        Assert.True(GroundDistance(f.ImpactPoint!.Value, aim) < 50);
        Assert.InRange(s.ApogeeHeightM, 60_000, 250_000);
    }

    [Fact]
    public void SolutionWithRotatingEarthHitsTheAimPoint()
    {
        var aim = new Geodetic(49, 33.5, 0);
        var options = new BallisticFlightOptions { RotatingEarth = true };
        var s = BallisticSolver.Solve(BallisticParameters.From(TestThreats.Ballistic()), Launch, aim, options);
        var f = Fly(new BallisticFlight(s, options));
        Assert.True(GroundDistance(f.ImpactPoint!.Value, aim) < 50);
    }

    [Fact]
    public void PhasesRunBoostMidcourseTerminalImpacted()
    {
        var s = BallisticSolver.Solve(BallisticParameters.From(TestThreats.Ballistic()), Launch, new Geodetic(52.7, 30.4, 0));
        var f = new BallisticFlight(s);
        var seen = new List<FlightPhase> { f.Phase };
        while (!f.HasImpacted)
        {
            f.Advance(SimDuration.FromSeconds(1));
            if (seen[^1] != f.Phase) seen.Add(f.Phase);
        }
        Assert.Equal([FlightPhase.Boost, FlightPhase.Midcourse, FlightPhase.Terminal, FlightPhase.Impacted], seen);
    }

    [Fact]
    public void BoostReachesTheBurnoutSpeedAndConstantThrustFallsShort()
    {
        var p = BallisticParameters.From(TestThreats.Ballistic());
        var reach = new BallisticFlight(p, Launch, 0, 55, 0);
        reach.Advance(SimDuration.FromSeconds(20));
        Assert.Equal(2_100, reach.State.SpeedMps, 0.05); // RK4 at 0.5 s from rest
        var constant = new BallisticFlight(p, Launch, 0, 55, 0, new BallisticFlightOptions { Boost = BoostModel.ConstantThrust });
        constant.Advance(SimDuration.FromSeconds(20));
        Assert.InRange(constant.State.SpeedMps, 1_000, 2_000); // gravity and drag losses
    }

    [Fact]
    public void OneLongStepEqualsTwoHalfStepsAtImpact()
    {
        var s = BallisticSolver.Solve(BallisticParameters.From(TestThreats.Ballistic()), Launch, new Geodetic(51.5, 31, 0));
        var one = new BallisticFlight(s);
        var two = new BallisticFlight(s);
        while (!one.HasImpacted)
        {
            one.Advance(SimDuration.FromSeconds(1));
            two.Advance(SimDuration.FromSeconds(0.5));
            two.Advance(SimDuration.FromSeconds(0.5));
        }
        Assert.True(two.HasImpacted);
        Assert.Equal(one.TimeOfFlight.Seconds, two.TimeOfFlight.Seconds, 1e-6);
        Assert.True(one.State.Position.DistanceTo(two.State.Position) < 1e-3);
    }

    [Fact]
    public void ImpactStopsInsideALongStep()
    {
        var s = BallisticSolver.Solve(BallisticParameters.From(TestThreats.Ballistic()), Launch, new Geodetic(51.5, 31, 0));
        var fine = Fly(new BallisticFlight(s), 0.5);
        var coarse = new BallisticFlight(s);
        coarse.Advance(SimDuration.FromSeconds(10_000)); // one call far past the impact
        Assert.True(coarse.HasImpacted);
        Assert.Equal(fine.TimeOfFlight.Seconds, coarse.TimeOfFlight.Seconds, 1e-3);
        Assert.True(GroundDistance(fine.ImpactPoint!.Value, coarse.ImpactPoint!.Value) < 0.1);
    }

    [Fact]
    public void AdvanceAllocatesNothing()
    {
        var s = BallisticSolver.Solve(BallisticParameters.From(TestThreats.Ballistic()), Launch, new Geodetic(52.7, 30.4, 0));
        var f = new BallisticFlight(s);
        for (int i = 0; i < 10; i++) f.Advance(SimDuration.FromSeconds(0.1));
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++) { f.Advance(SimDuration.FromSeconds(0.1)); _ = f.State; }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.False(f.HasImpacted);
    }
}
