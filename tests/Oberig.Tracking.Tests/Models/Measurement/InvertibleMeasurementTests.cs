using Oberig.Core.Numerics;
using Oberig.Core.Random;
using Oberig.Tracking.Models.Measurement;

namespace Oberig.Tracking.Tests.Models.Measurement;

/// <summary>The polar-to-Cartesian inverse of <see cref="SphericalMeasurement"/> and its covariance J R Jᵀ.</summary>
public class InvertibleMeasurementTests
{
    [Fact]
    public void InverseMatchesPymap3dAerToEnu()
    {
        // pymap3d aer2enu(az 33°, el 70°, 1000 m) = (186.2775, 286.8422, 939.6926) m.
        var sensor = new Vec3(1000, -2000, 50);
        var model = SphericalMeasurement.RangeAzimuthElevation(sensor, 1, 1e-3, 1e-3);
        var p = new double[3];
        model.InvertToPosition([1000, 33 * Math.PI / 180, 70 * Math.PI / 180], p, new double[9]);
        Assert.Equal(3, model.PositionAxes);
        Assert.Equal(sensor.X + 186.2775, p[0], 3);
        Assert.Equal(sensor.Y + 286.8422, p[1], 3);
        Assert.Equal(sensor.Z + 939.6926, p[2], 3);
    }

    [Theory]
    [InlineData(1000, 33)]
    [InlineData(250, -120)]
    [InlineData(5e4, 180)]
    public void RangeAzimuthInverseIsTheClosedForm(double r, double azDeg)
    {
        var sensor = new Vec3(-30, 40, 999); // Z ignored in 2D
        var model = SphericalMeasurement.RangeAzimuth(sensor, 2, 1e-3);
        var p = new double[2];
        var c = new double[4];
        double az = azDeg * Math.PI / 180;
        model.InvertToPosition([r, az], p, c);
        Assert.Equal(2, model.PositionAxes);
        Assert.Equal(sensor.X + r * Math.Sin(az), p[0], 6);
        Assert.Equal(sensor.Y + r * Math.Cos(az), p[1], 6);
        // Closed form: range variance along the line of sight, (r σaz)² across it.
        double along = 4, across = r * r * 1e-6, s = Math.Sin(az), co = Math.Cos(az);
        Assert.Equal(along * s * s + across * co * co, c[0], 6);
        Assert.Equal((along - across) * s * co, c[1], 6);
        Assert.Equal(c[1], c[2]);
        Assert.Equal(along * co * co + across * s * s, c[3], 6);
    }

    [Theory]
    [InlineData(1000, 33, 70)]
    [InlineData(5e4, -100, 2)]
    [InlineData(3e5, 179, -1)]
    public void InverseRoundTripsAndItsCovarianceMapsBackToR(double r, double azDeg, double elDeg)
    {
        var sensor = new Vec3(500, 600, 70);
        var model = SphericalMeasurement.RangeAzimuthElevation(sensor, 15, 2e-3, 3e-3);
        double[] z = [r, azDeg * Math.PI / 180, elDeg * Math.PI / 180];
        var p = new double[3];
        var c = new double[9];
        model.InvertToPosition(z, p, c);
        double[] x = [p[0], 0, p[1], 0, p[2], 0];
        var back = new double[3];
        model.Function(x, back);
        Assert.Equal(z[0], back[0], 6);
        Assert.Equal(z[1], back[1], 9);
        Assert.Equal(z[2], back[2], 9);
        // H (forward Jacobian on the position columns) is the inverse of J, so H (J R Jᵀ) Hᵀ = R.
        var h = new double[18];
        model.Jacobian(x, h);
        var rr = new double[9];
        model.Noise(rr);
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++)
            {
                double s = 0;
                for (int k = 0; k < 3; k++)
                    for (int l = 0; l < 3; l++) s += h[a * 6 + 2 * k] * c[k * 3 + l] * h[b * 6 + 2 * l];
                Assert.True(Math.Abs(s - rr[a * 3 + b]) <= 1e-9 * Math.Sqrt(rr[a * 3 + a] * rr[b * 3 + b]), $"({a},{b}): {s} vs {rr[a * 3 + b]}");
            }
    }

    [Fact]
    public void CovarianceMatchesMonteCarloOfThePolarNoise()
    {
        // 50 km, 20 m range, 1 mrad angles: the cross-range spread (50 m) is 1e-3 of the range, linearisation holds.
        var sensor = new Vec3(0, 0, 10);
        var model = SphericalMeasurement.RangeAzimuthElevation(sensor, 20, 1e-3, 1e-3);
        double[] z = [5e4, 0.7, 0.05];
        var mean = new double[3];
        var c = new double[9];
        model.InvertToPosition(z, mean, c);
        var rng = new RandomStream(2024);
        const int samples = 200_000;
        var sum = new double[3];
        var outer = new double[9];
        var p = new double[3];
        var scratch = new double[9];
        for (int k = 0; k < samples; k++)
        {
            double[] noisy = [z[0] + 20 * rng.NextGaussian(), z[1] + 1e-3 * rng.NextGaussian(), z[2] + 1e-3 * rng.NextGaussian()];
            model.InvertToPosition(noisy, p, scratch);
            for (int a = 0; a < 3; a++)
            {
                sum[a] += p[a];
                for (int b = 0; b < 3; b++) outer[a * 3 + b] += p[a] * p[b];
            }
        }
        for (int a = 0; a < 3; a++) Assert.True(Math.Abs(sum[a] / samples - mean[a]) < 0.5, $"mean axis {a}");
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++)
            {
                double sample = (outer[a * 3 + b] - sum[a] * sum[b] / samples) / (samples - 1);
                double scale = Math.Sqrt(c[a * 3 + a] * c[b * 3 + b]);
                Assert.True(Math.Abs(sample - c[a * 3 + b]) <= 0.05 * scale, $"({a},{b}): sample {sample}, J R Jᵀ {c[a * 3 + b]}");
            }
    }
}
