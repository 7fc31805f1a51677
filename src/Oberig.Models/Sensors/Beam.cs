using Oberig.Scenario.Catalog;

namespace Oberig.Models.Sensors;

/// <summary>
/// Beamwidth and resolution of a radar from its catalog parameters. The catalog gives the gain, not the beamwidths,
/// so the beam is taken as a symmetric pencil beam of an ideal (100 % efficient) aperture: G = 4π / (θaz θel) with
/// θaz = θel = θ, i.e. θ = √(4π / G) (Skolnik, "Introduction to Radar Systems", 3rd ed., 2001, sec. 9.2, without the
/// efficiency factor). A 38 dB antenna gets 2.56°, 30 dB 7.2°. Range resolution is c τ / 2 (B = 1/τ, as in
/// <see cref="RadarEquation"/>).
/// </summary>
public static class Beam
{
    /// <summary>Half-power beamwidth (rad) of the pencil beam with this gain.</summary>
    public static double WidthRad(double antennaGainDb) => Math.Sqrt(4 * Math.PI / Decibels.ToLinear(antennaGainDb));

    public static double WidthRad(SensorType sensor) => WidthRad(sensor.AntennaGainDb);

    /// <summary>Range resolution c τ / 2, m.</summary>
    public static double RangeResolutionM(double pulseWidthS) => RadarEquation.SpeedOfLightMps * pulseWidthS / 2;

    /// <summary>Range resolution c / (2 B) with the compressed bandwidth when the catalog gives one, else c τ / 2.</summary>
    public static double RangeResolutionM(SensorType sensor) => sensor.BandwidthHz is double b
        ? RadarEquation.SpeedOfLightMps / (2 * b)
        : RangeResolutionM(sensor.PulseWidthS);
}
