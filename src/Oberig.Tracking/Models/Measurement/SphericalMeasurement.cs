using Oberig.Core.Numerics;

namespace Oberig.Tracking.Models.Measurement;

/// <summary>
/// Radar measurement from a sensor at a known position in the same local east-north-up frame: range (m), azimuth
/// (rad, clockwise from north, atan2(east, north), wrapped to (−π, π]) and, in 3D, elevation (rad above the local
/// horizontal). The state is interleaved kinematic, positions at indices 0, 2 (and 4). Axes follow pymap3d's
/// enu2aer; Stone Soup's CartesianToElevationBearingRange orders them the other way and measures bearing from x.
/// </summary>
/// <remarks>
/// The azimuth derivative is singular straight above the sensor; the horizontal distance is floored at
/// <see cref="MinimumHorizontalDistance"/> so the Jacobian stays finite there.
/// </remarks>
public sealed class SphericalMeasurement : IMeasurementModel, IInvertibleMeasurement
{
    /// <summary>Floor on the horizontal distance in the Jacobian, m.</summary>
    public const double MinimumHorizontalDistance = 1e-6;

    private readonly double _rangeVariance, _azimuthVariance, _elevationVariance;

    private SphericalMeasurement(int stateDimension, bool elevation, Vec3 sensor, double rangeSd, double azimuthSd, double elevationSd)
    {
        if (stateDimension < (elevation ? 6 : 4) || stateDimension > LinearAlgebra.SmallMatrix.MaxDimension)
            throw new ArgumentOutOfRangeException(nameof(stateDimension), stateDimension, $"must be {(elevation ? 6 : 4)}..9");
        Check(rangeSd, nameof(rangeSd));
        Check(azimuthSd, nameof(azimuthSd));
        if (elevation) Check(elevationSd, nameof(elevationSd));
        StateDimension = stateDimension;
        HasElevation = elevation;
        Sensor = sensor;
        _rangeVariance = rangeSd * rangeSd;
        _azimuthVariance = azimuthSd * azimuthSd;
        _elevationVariance = elevationSd * elevationSd;
    }

    private static void Check(double sd, string name)
    {
        if (!(sd > 0) || !double.IsFinite(sd)) throw new ArgumentOutOfRangeException(name, sd, "must be finite and > 0");
    }

    /// <summary>Range, azimuth and elevation of a 3D state [x, vx, y, vy, z, vz, ...] (measurement dimension 3).</summary>
    public static SphericalMeasurement RangeAzimuthElevation(Vec3 sensor, double rangeSd, double azimuthSd, double elevationSd, int stateDimension = 6) =>
        new(stateDimension, elevation: true, sensor, rangeSd, azimuthSd, elevationSd);

    /// <summary>Range and azimuth of a 2D state [x, vx, y, vy, ...] (measurement dimension 2); the sensor's Z is ignored.</summary>
    public static SphericalMeasurement RangeAzimuth(Vec3 sensor, double rangeSd, double azimuthSd, int stateDimension = 4) =>
        new(stateDimension, elevation: false, sensor, rangeSd, azimuthSd, 0.0);

    public Vec3 Sensor { get; }
    public bool HasElevation { get; }
    public int StateDimension { get; }
    public int MeasurementDimension => HasElevation ? 3 : 2;
    public bool IsLinear => false;

    public void Function(ReadOnlySpan<double> x, Span<double> z)
    {
        double dx = x[0] - Sensor.X, dy = x[2] - Sensor.Y;
        double h2 = dx * dx + dy * dy;
        z[1] = Math.Atan2(dx, dy);
        if (HasElevation)
        {
            double dz = x[4] - Sensor.Z;
            z[0] = Math.Sqrt(h2 + dz * dz);
            z[2] = Math.Atan2(dz, Math.Sqrt(h2));
        }
        else
        {
            z[0] = Math.Sqrt(h2);
        }
    }

    public void Jacobian(ReadOnlySpan<double> x, Span<double> h)
    {
        int n = StateDimension;
        h[..(MeasurementDimension * n)].Clear();
        double dx = x[0] - Sensor.X, dy = x[2] - Sensor.Y;
        double hz = Math.Max(Math.Sqrt(dx * dx + dy * dy), MinimumHorizontalDistance);
        double hz2 = hz * hz;
        h[1 * n + 0] = dy / hz2;
        h[1 * n + 2] = -dx / hz2;
        if (!HasElevation)
        {
            h[0 * n + 0] = dx / hz;
            h[0 * n + 2] = dy / hz;
            return;
        }
        double dz = x[4] - Sensor.Z;
        double rho2 = hz2 + dz * dz, rho = Math.Sqrt(rho2);
        h[0 * n + 0] = dx / rho;
        h[0 * n + 2] = dy / rho;
        h[0 * n + 4] = dz / rho;
        h[2 * n + 0] = -dx * dz / (rho2 * hz);
        h[2 * n + 2] = -dy * dz / (rho2 * hz);
        h[2 * n + 4] = hz / rho2;
    }

    public void Noise(Span<double> r)
    {
        int m = MeasurementDimension;
        r[..(m * m)].Clear();
        r[0] = _rangeVariance;
        r[m + 1] = _azimuthVariance;
        if (HasElevation) r[8] = _elevationVariance;
    }

    /// <summary>The azimuth (component 1) wraps at ±π.</summary>
    public bool Wraps(int component) => component == 1;

    public void Residual(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> d)
    {
        d[0] = a[0] - b[0];
        d[1] = WrapAngle(a[1] - b[1]);
        if (HasElevation) d[2] = a[2] - b[2];
    }

    public int PositionAxes => HasElevation ? 3 : 2;

    /// <summary>
    /// East = r cos(el) sin(az), north = r cos(el) cos(az), up = r sin(el), plus the sensor's position (pymap3d's
    /// aer2enu); in 2D east = r sin(az), north = r cos(az). Covariance J R Jᵀ with J the Jacobian of that map at the
    /// measurement: good while the cross-range spread r·σ_angle is small against r (a few mrad of beam).
    /// </summary>
    public void InvertToPosition(ReadOnlySpan<double> measurement, Span<double> position, Span<double> positionCovariance)
    {
        int p = PositionAxes;
        if (measurement.Length < MeasurementDimension) throw new ArgumentException($"needs {MeasurementDimension} components", nameof(measurement));
        if (position.Length < p) throw new ArgumentException($"needs {p} components", nameof(position));
        if (positionCovariance.Length < p * p) throw new ArgumentException($"needs {p * p} components", nameof(positionCovariance));
        double r = measurement[0], sa = Math.Sin(measurement[1]), ca = Math.Cos(measurement[1]);
        Span<double> j = stackalloc double[9]; // rows: east, north, (up); columns: range, azimuth, (elevation)
        if (HasElevation)
        {
            double se = Math.Sin(measurement[2]), ce = Math.Cos(measurement[2]);
            position[0] = Sensor.X + r * ce * sa;
            position[1] = Sensor.Y + r * ce * ca;
            position[2] = Sensor.Z + r * se;
            j[0] = ce * sa; j[1] = r * ce * ca;  j[2] = -r * se * sa;
            j[3] = ce * ca; j[4] = -r * ce * sa; j[5] = -r * se * ca;
            j[6] = se;      j[7] = 0;            j[8] = r * ce;
        }
        else
        {
            position[0] = Sensor.X + r * sa;
            position[1] = Sensor.Y + r * ca;
            j[0] = sa; j[1] = r * ca;
            j[2] = ca; j[3] = -r * sa;
        }
        // R is diagonal: (J R Jᵀ)ᵢₖ = Σₗ Jᵢₗ Rₗₗ Jₖₗ.
        Span<double> variance = stackalloc double[3];
        variance[0] = _rangeVariance; variance[1] = _azimuthVariance; variance[2] = _elevationVariance;
        for (int a = 0; a < p; a++)
            for (int b = 0; b < p; b++)
            {
                double s = 0;
                for (int l = 0; l < p; l++) s += j[a * p + l] * variance[l] * j[b * p + l];
                positionCovariance[a * p + b] = s;
            }
    }

    /// <summary>Wraps an angle to (−π, π].</summary>
    public static double WrapAngle(double angle)
    {
        if (angle > -Math.PI && angle <= Math.PI) return angle;
        double w = Math.IEEERemainder(angle, 2.0 * Math.PI);
        return w <= -Math.PI ? w + 2.0 * Math.PI : w;
    }
}
