using Oberig.Scenario.Catalog;

namespace Oberig.Models.Sensors;

/// <summary>Standard deviations of one detection's measured range (m), azimuth and elevation (rad).</summary>
public readonly record struct MeasurementSigma(double RangeM, double AzimuthRad, double ElevationRad);

/// <summary>
/// Thermal-noise measurement errors of a detection, shrinking with SNR, floored by the radar's catalog accuracy
/// (which stands for the bias, quantisation and propagation errors that SNR does not remove):
/// σR = (c τ / 2) / √(2 SNR), σθ = θ3dB / (km √(2 SNR)) with the monopulse slope km = 1.6
/// (Skolnik, "Introduction to Radar Systems", 3rd ed., 2001, sec. 6.10, theoretical accuracy; Barton, "Radar
/// System Analysis and Modeling", 2005, ch. 11 — rules of thumb, not a given radar's figures); each σ is the larger of
/// the thermal value and the floor. SNR is the post-integration SNR of the detection (linear), beamwidth from
/// <see cref="Beam"/>. Range resolution c τ / 2 uses the uncompressed pulse (B = 1/τ), so long-pulse catalog radars get
/// coarse range: a 150 µs pulse resolves 22.5 km.
/// </summary>
public readonly struct MeasurementNoise
{
    /// <summary>Monopulse angle-error slope km (dimensionless).</summary>
    public const double MonopulseSlope = 1.6;

    private readonly double _rangeResolutionM, _beamwidthRad, _rangeFloorM, _azimuthFloorRad, _elevationFloorRad;

    public MeasurementNoise(double rangeResolutionM, double beamwidthRad, double rangeFloorM, double azimuthFloorRad,
        double elevationFloorRad)
    {
        _rangeResolutionM = rangeResolutionM;
        _beamwidthRad = beamwidthRad;
        _rangeFloorM = rangeFloorM;
        _azimuthFloorRad = azimuthFloorRad;
        _elevationFloorRad = elevationFloorRad;
    }

    public static MeasurementNoise For(SensorType sensor) => new(Beam.RangeResolutionM(sensor), Beam.WidthRad(sensor),
        sensor.RangeAccuracyM, sensor.AzimuthAccuracyDeg * Math.PI / 180, sensor.ElevationAccuracyDeg * Math.PI / 180);

    /// <summary>The three standard deviations at a (linear, post-integration) SNR.</summary>
    public MeasurementSigma At(double snr)
    {
        double root = Math.Sqrt(2 * snr);
        double angle = _beamwidthRad / (MonopulseSlope * root);
        return new MeasurementSigma(
            Math.Max(_rangeResolutionM / root, _rangeFloorM),
            Math.Max(angle, _azimuthFloorRad),
            Math.Max(angle, _elevationFloorRad));
    }
}
