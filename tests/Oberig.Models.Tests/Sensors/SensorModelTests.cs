using Oberig.Core.Geodesy;
using Oberig.Core.Random;
using Oberig.Models.Sensors;

namespace Oberig.Models.Tests.Sensors;

public class SensorModelTests
{
    // --- Beam and false alarms --------------------------------------------------------------------------------

    [Fact]
    public void BeamwidthFollowsFromGain()
    {
        // G = 4π / θ²: 30 dB -> θ = √(4π/1000) = 0.112 rad = 6.42°.
        Assert.Equal(Math.Sqrt(4 * Math.PI / 1000), Beam.WidthRad(30), 12);
        Assert.Equal(1000, 4 * Math.PI / Math.Pow(Beam.WidthRad(30), 2), 9);
        Assert.Equal(150, Beam.RangeResolutionM(1e-6), 0);
    }

    [Fact]
    public void FalseAlarmsArePfaTimesCells()
    {
        var s = TestSensors.Simple();
        double beam = Beam.WidthRad(s);
        double cells = (150_000 / (299_792_458.0 * 1e-6 / 2)) * (2 * Math.PI / beam) * (31 * Math.PI / 180 / beam);
        Assert.Equal(cells, FalseAlarms.ResolutionCellsPerScan(s), 6);
        Assert.Equal(1e-6 * cells, FalseAlarms.ExpectedPerScan(s, 1e-6), 12);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(4)]
    [InlineData(29.9)]
    [InlineData(30)]
    [InlineData(250)]
    public void PoissonDrawsHaveTheRightMeanAndVariance(double mean)
    {
        const int draws = 200_000;
        var rng = new RandomStream(11);
        double sum = 0, sumSq = 0;
        for (int i = 0; i < draws; i++)
        {
            int k = FalseAlarms.DrawPoisson(rng, mean);
            Assert.True(k >= 0);
            sum += k; sumSq += (double)k * k;
        }
        double m = sum / draws, v = sumSq / draws - m * m;
        Assert.True(Math.Abs(m - mean) < 4 * Math.Sqrt(mean / draws), $"mean {m} vs {mean}");
        Assert.True(Math.Abs(v / mean - 1) < 0.03, $"variance {v} vs {mean}");
    }

    [Fact]
    public void PoissonDrawIsReproducibleFromTheSeed()
    {
        var a = new RandomStream(3);
        var b = new RandomStream(3);
        for (int i = 0; i < 100; i++) Assert.Equal(FalseAlarms.DrawPoisson(a, 57.5), FalseAlarms.DrawPoisson(b, 57.5));
        Assert.Equal(0, FalseAlarms.DrawPoisson(a, 0));
    }

    // --- Measurement noise ------------------------------------------------------------------------------------

    [Fact]
    public void NoiseShrinksWithTheSquareRootOfSnrDownToTheFloor()
    {
        var noise = new MeasurementNoise(rangeResolutionM: 150, beamwidthRad: 0.02, rangeFloorM: 1, azimuthFloorRad: 1e-5,
            elevationFloorRad: 2e-5);
        var at10 = noise.At(10);
        Assert.Equal(150 / Math.Sqrt(20), at10.RangeM, 12);
        Assert.Equal(0.02 / (1.6 * Math.Sqrt(20)), at10.AzimuthRad, 12);
        Assert.Equal(at10.AzimuthRad, at10.ElevationRad, 12);
        var at1000 = noise.At(1000); // 20 dB more SNR: ten times smaller
        Assert.Equal(at10.RangeM / 10, at1000.RangeM, 12);
        Assert.Equal(at10.AzimuthRad / 10, at1000.AzimuthRad, 12);
        var atHuge = noise.At(1e12);
        Assert.Equal(new MeasurementSigma(1, 1e-5, 2e-5), atHuge);
    }

    [Fact]
    public void CatalogFloorsApply()
    {
        var s = TestSensors.Simple();
        var sigma = MeasurementNoise.For(s).At(1e9);
        Assert.Equal(20, sigma.RangeM, 12);
        Assert.Equal(0.1 * Math.PI / 180, sigma.AzimuthRad, 12);
        Assert.Equal(0.2 * Math.PI / 180, sigma.ElevationRad, 12);
    }

    // --- Line of sight ----------------------------------------------------------------------------------------

    [Fact]
    public void LowCruiseMissileIsBelowTheHorizonWhereAHighDroneIsSeen()
    {
        // 10 m antenna: horizon 4.12(√10 + √30) = 35.6 km for a 30 m cruise missile, 143 km for a 1,000 m drone.
        var site = new Geodetic(50, 30, 0);
        var radar = new RadarLineOfSight(TestSensors.Simple(antennaHeightM: 10), site);
        var at60Km = Geodesic.Direct(50, 30, 45, 60_000);
        var cruise = new Geodetic(at60Km.Latitude2Deg, at60Km.Longitude2Deg, 30);
        var drone = cruise.WithHeight(1_000);
        Assert.False(radar.CanSee(cruise));
        Assert.True(radar.CanSee(drone));
        var at30Km = Geodesic.Direct(50, 30, 45, 30_000);
        Assert.True(radar.CanSee(new Geodetic(at30Km.Latitude2Deg, at30Km.Longitude2Deg, 30)));
    }

    [Fact]
    public void InstrumentedRangeAndElevationLimitsApply()
    {
        var site = new Geodetic(50, 30, 0);
        var radar = new RadarLineOfSight(TestSensors.Simple(), site); // 150 km, elevation -1..30 deg
        var far = Geodesic.Direct(50, 30, 0, 160_000);
        Assert.False(radar.CanSee(new Geodetic(far.Latitude2Deg, far.Longitude2Deg, 10_000))); // above horizon, beyond range
        var near = Geodesic.Direct(50, 30, 0, 5_000);
        Assert.False(radar.CanSee(new Geodetic(near.Latitude2Deg, near.Longitude2Deg, 10_000))); // ~63 deg elevation
        Assert.True(radar.CanSee(new Geodetic(near.Latitude2Deg, near.Longitude2Deg, 1_000)));  // ~11 deg
        Assert.Equal(10, radar.Antenna.HeightM);
    }
}
