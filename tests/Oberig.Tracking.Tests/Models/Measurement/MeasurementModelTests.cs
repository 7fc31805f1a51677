using Oberig.Core.Numerics;
using Oberig.Tracking.Models.Measurement;

namespace Oberig.Tracking.Tests.Models.Measurement;

public class MeasurementModelTests
{
    [Fact]
    public void SphericalMatchesPymap3dEnuToAer()
    {
        // pymap3d (DESIGN.md reference): azimuth 33°, elevation 70°, range 1000 m ↔ ENU (186.2775, 286.8422, 939.6926) m.
        var sensor = new Vec3(1000, -2000, 50);
        var model = SphericalMeasurement.RangeAzimuthElevation(sensor, 1, 1e-3, 1e-3);
        var z = new double[3];
        model.Function([sensor.X + 186.2775, 9, sensor.Y + 286.8422, 9, sensor.Z + 939.6926, 9], z);
        Assert.Equal(1000, z[0], 3);
        Assert.Equal(33, z[1] * 180 / Math.PI, 4);
        Assert.Equal(70, z[2] * 180 / Math.PI, 4);
    }

    [Theory]
    [InlineData(3000, 4000, 500)]
    [InlineData(-20, -10, -3)]
    [InlineData(0.5, -800, 2)]
    public void SphericalJacobianMatchesCentralDifferences(double e, double n, double u)
    {
        var model = SphericalMeasurement.RangeAzimuthElevation(new Vec3(10, 20, 30), 1, 1, 1, stateDimension: 7);
        double[] x = [e, 1, n, 2, u, 3, 0.1];
        var h = new double[21];
        model.Jacobian(x, h);
        var zp = new double[3];
        var zm = new double[3];
        foreach (int j in new[] { 0, 2, 4 })
        {
            var xp = (double[])x.Clone();
            var xm = (double[])x.Clone();
            xp[j] += 1e-4; xm[j] -= 1e-4;
            model.Function(xp, zp);
            model.Function(xm, zm);
            for (int i = 0; i < 3; i++)
            {
                double numeric = (zp[i] - zm[i]) / 2e-4;
                Assert.True(Math.Abs(numeric - h[i * 7 + j]) < 1e-6 * Math.Max(1, Math.Abs(numeric)), $"∂z{i}/∂x{j}: {h[i * 7 + j]} vs {numeric}");
            }
        }
        foreach (int j in new[] { 1, 3, 5, 6 })
            for (int i = 0; i < 3; i++) Assert.Equal(0, h[i * 7 + j]);
    }

    [Fact]
    public void AzimuthResidualWrapsAcrossSouth()
    {
        var model = SphericalMeasurement.RangeAzimuthElevation(Vec3.Zero, 1, 1, 1);
        var d = new double[3];
        model.Residual([100, Math.PI - 0.01, 0.2], [90, -Math.PI + 0.01, 0.1], d);
        Assert.Equal(10, d[0], 12);
        Assert.Equal(-0.02, d[1], 12);
        Assert.Equal(0.1, d[2], 12);
        Assert.Equal(Math.PI, SphericalMeasurement.WrapAngle(-Math.PI), 15);
        Assert.Equal(0.5, SphericalMeasurement.WrapAngle(0.5 + 6 * Math.PI), 12);
    }

    [Fact]
    public void JacobianStaysFiniteStraightAboveTheSensor()
    {
        var model = SphericalMeasurement.RangeAzimuthElevation(Vec3.Zero, 1, 1, 1);
        var h = new double[18];
        model.Jacobian([0, 0, 0, 0, 5000, 0], h);
        Assert.All(h, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void PositionMeasurementSelectsInterleavedPositions()
    {
        var model = PositionMeasurement.Cartesian(3, 5, stateDimension: 7);
        var h = new double[21];
        model.Jacobian(new double[7], h);
        var expected = new double[21];
        expected[0] = 1; expected[7 + 2] = 1; expected[14 + 4] = 1;
        Assert.Equal(expected, h);
        var r = new double[9];
        model.Noise(r);
        Assert.Equal([25, 0, 0, 0, 25, 0, 0, 0, 25], r);
        var z = new double[3];
        model.Function([1, 2, 3, 4, 5, 6, 7], z);
        Assert.Equal([1, 3, 5], z);
    }
}
