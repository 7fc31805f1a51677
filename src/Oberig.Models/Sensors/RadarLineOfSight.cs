using Oberig.Core.Geodesy;
using Oberig.Scenario.Catalog;

namespace Oberig.Models.Sensors;

/// <summary>
/// Whether a radar can see a point: above the radar horizon of the 4/3 Earth (<see cref="RadarHorizon"/>: smooth
/// ellipsoid, standard refraction, no terrain), within the instrumented range (slant), and inside the elevation
/// coverage [min, max] (geometric elevation in the antenna's local ENU frame, refraction not applied to the angle).
/// The antenna is <c>antenna_height_m</c> above the site.
/// </summary>
public sealed class RadarLineOfSight
{
    private readonly LocalFrame _frame;
    private readonly double _rangeM, _minElevationDeg, _maxElevationDeg, _k;

    /// <summary>Antenna position: the site raised by the antenna height.</summary>
    public Geodetic Antenna { get; }

    public RadarLineOfSight(SensorType sensor, Geodetic site, double k = RadarHorizon.StandardK)
        : this(site.WithHeight(site.HeightM + sensor.AntennaHeightM), sensor.InstrumentedRangeM, sensor.MinElevationDeg,
            sensor.MaxElevationDeg, k)
    {
    }

    public RadarLineOfSight(Geodetic antenna, double instrumentedRangeM, double minElevationDeg, double maxElevationDeg,
        double k = RadarHorizon.StandardK)
    {
        Antenna = antenna;
        _frame = new LocalFrame(antenna);
        _rangeM = instrumentedRangeM;
        _minElevationDeg = minElevationDeg;
        _maxElevationDeg = maxElevationDeg;
        _k = k;
    }

    /// <summary>True when the target is above the horizon, within range and inside the elevation coverage.</summary>
    public bool CanSee(Geodetic target)
    {
        var aer = _frame.ToAer(target);
        if (aer.RangeM > _rangeM) return false;
        if (aer.ElevationDeg < _minElevationDeg || aer.ElevationDeg > _maxElevationDeg) return false;
        return RadarHorizon.IsAboveHorizon(Antenna, target, _k);
    }

    /// <summary>One-off check for a radar type at a site (ground position; the antenna height is added).</summary>
    public static bool CanSee(SensorType sensor, Geodetic site, Geodetic target) => new RadarLineOfSight(sensor, site).CanSee(target);
}
