using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Models.Effectors.Flight;
using Oberig.Models.Effectors.Guidance;

namespace Oberig.Models.Tests.Effectors;

/// <summary>The interceptor flight over the spherical earth, checked against two-body closed forms.</summary>
public class RoundEarthFlightTests
{
    /// <summary>A motor of a micronewton for a millisecond: the validated airframe of a thrust-free, drag-free coast.</summary>
    private static readonly InterceptorAirframe Shell = InterceptorFlightTests.Airframe with
    {
        BoostThrustN = 1e-6, BoostTimeS = 1e-3, SustainTimeS = 0, SustainThrustN = 0, PropellantMassKg = 1e-9,
    };

    private static readonly InterceptorFlightOptions Vacuum = new()
    {
        Drag = false, LaunchSpeedMps = 2_000, MinSpeedMps = 0, MaxTimeOfFlightS = 1_000, EarthRadiusM = Wgs84.GaussianRadiusM(50),
    };

    private static InterceptorFlight Shot(double elevationDeg, InterceptorFlightOptions options)
    {
        double el = elevationDeg * Math.PI / 180;
        return new InterceptorFlight(Shell, Vec3.Zero, new Vec3(0, Math.Cos(el), Math.Sin(el)), options: options);
    }

    [Fact]
    public void ACoastConservesTwoBodyEnergyAndAngularMomentum()
    {
        var sphere = Vacuum.Earth;
        double mu = InterceptorFlight.G0 * sphere.RadiusM * sphere.RadiusM;
        double Energy(InterceptorFlight f) => 0.5 * f.Velocity.NormSquared - mu / sphere.FromCentre(f.Position).Norm;
        double Momentum(InterceptorFlight f) => sphere.FromCentre(f.Position).Cross(f.Velocity).Norm;
        var flight = Shot(60, Vacuum);
        while (flight.TimeS < Shell.BurnTimeS) Assert.True(flight.Step());
        double e0 = Energy(flight), h0 = Momentum(flight);
        while (flight.TimeS < 200) Assert.True(flight.Step(), flight.Result?.Describe());
        Assert.Equal(0, (Energy(flight) - e0) / e0, 1e-8);
        Assert.Equal(0, (Momentum(flight) - h0) / h0, 1e-8);
        Assert.True(flight.HeightM > 100_000, $"{flight.HeightM:F0} m");
    }

    [Theory]
    [InlineData(20)]
    [InlineData(45)]
    [InlineData(70)]
    public void AVacuumShotLandsAtTheFreeFlightRangeOfASphericalEarth(double elevationDeg)
    {
        // Free-flight range equation (Bate, Mueller & White, Fundamentals of Astrodynamics, §6.2): from the surface at
        // speed v and flight-path angle γ, with ν = v²R/μ, the range angle Ψ has tan(Ψ/2) = ν sinγ cosγ / (1 − ν cos²γ).
        var sphere = Vacuum.Earth;
        double mu = InterceptorFlight.G0 * sphere.RadiusM * sphere.RadiusM;
        double v = Vacuum.LaunchSpeedMps, gamma = elevationDeg * Math.PI / 180;
        double nu = v * v * sphere.RadiusM / mu;
        double psi = 2 * Math.Atan2(nu * Math.Sin(gamma) * Math.Cos(gamma), 1 - nu * Math.Cos(gamma) * Math.Cos(gamma));
        double expected = sphere.RadiusM * psi;

        var flight = Shot(elevationDeg, Vacuum);
        Vec3 before = flight.Position;
        double heightBefore = flight.HeightM;
        while (flight.Step()) { before = flight.Position; heightBefore = flight.HeightM; }
        Assert.Equal(FlyoutEnd.GroundImpact, flight.Result!.Value.End);
        // Where the last step crossed the ground: the chord is within a tenth of a millimetre of the arc.
        double f = heightBefore / (heightBefore - flight.HeightM);
        var landing = before + (flight.Position - before) * f;
        Assert.Equal(expected, sphere.GroundRangeM(landing), 1e-2);
        // The flat earth's v² sin 2γ / g falls short by kilometres: the check can tell the two apart.
        Assert.True(expected - v * v * Math.Sin(2 * gamma) / InterceptorFlight.G0 > 1_000);
    }

    [Fact]
    public void ALowTargetAtRangeIsReachedOverTheRoundEarthButLiesUnderTheFlatOne()
    {
        // 50 m above the ground 40 km out: 75 m below the launcher's tangent plane (40 km² / 2R = 125 m).
        var options = new InterceptorFlightOptions();
        var target = options.Earth.PointAt(0, 40_000, 50);
        Assert.InRange(target.Z, -80, -70);
        double g = InterceptorFlightTests.Airframe.MaxLateralG * InterceptorFlight.G0;
        var law = new GravityCompensated(new TrueProportionalNavigation(4, g), g);
        FlyoutResult Fly(InterceptorFlightOptions o) => new InterceptorFlight(InterceptorFlightTests.Airframe, Vec3.Zero,
            new Vec3(0, 1, Math.Tan(10 * Math.PI / 180)), law, new ConstantVelocityTarget(target, Vec3.Zero), o).FlyToEnd();

        var round = Fly(options);
        Assert.True(round.ReachedTarget, round.Describe());
        Assert.True(round.MissM < 1, round.Describe());
        Assert.Equal(50, round.HeightM, 1.0);

        var flat = Fly(options with { EarthRadiusM = double.PositiveInfinity });
        Assert.Equal(FlyoutEnd.GroundImpact, flat.End);
    }

    [Fact]
    public void AGreatCircleTargetHoldsItsHeightAndItsStateIsConsistent()
    {
        var earth = new InterceptorFlightOptions().Earth;
        var target = new GreatCircleTarget(earth, earth.PointAt(3_000, 60_000, 50), new Vec3(0, -1, 0), 250, 2 * InterceptorFlight.G0, 6);
        var straight = new GreatCircleTarget(earth, earth.PointAt(3_000, 60_000, 50), new Vec3(0, -1, 0), 250);
        const double dt = 1e-3;
        for (double t = 0; t <= 240; t += 20)
        {
            Assert.Equal(50, earth.HeightAbove(straight.At(t).Position), 1e-6);
            Assert.Equal(250, straight.At(t).Velocity.Norm, 1e-9);
            // Second method: central differences of the position and the velocity.
            var s = target.At(t);
            var velocity = (target.At(t + dt).Position - target.At(t - dt).Position) / (2 * dt);
            var acceleration = (target.At(t + dt).Velocity - target.At(t - dt).Velocity) / (2 * dt);
            Assert.True((velocity - s.Velocity).Norm < 1e-4, $"{t} s: {velocity} vs {s.Velocity}");
            Assert.True((acceleration - s.Acceleration).Norm < 1e-4, $"{t} s: {acceleration} vs {s.Acceleration}");
        }
        // 60 km south along the ground (250 m/s at 50 m up): abeam the launcher 3 km east, within a decimetre (a great
        // circle heading due south off the launcher's meridian is not a parallel of it).
        Assert.Equal(3_000, earth.GroundRangeM(straight.At(60_000 / 250.0 * (earth.RadiusM + 50) / earth.RadiusM).Position), 0.1);
    }

    [Fact]
    public void ALaunchBelowTheSphereIsRejected()
    {
        var below = new InterceptorFlightOptions().Earth.PointAt(10_000, 0, -1);
        Assert.Throws<ArgumentException>(() => new InterceptorFlight(InterceptorFlightTests.Airframe, below, new Vec3(0, 0, 1)));
        Assert.Throws<ArgumentException>(() => new InterceptorFlight(InterceptorFlightTests.Airframe, Vec3.Zero, new Vec3(0, 0, 1),
            options: new InterceptorFlightOptions { EarthRadiusM = 0 }));
    }
}
