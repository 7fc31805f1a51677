using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
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
    private readonly Vec3 _antennaUnit;
    private readonly double _effectiveRadiusM, _sinMinElevation, _sinMaxElevation;

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
        _antennaUnit = _frame.OriginEcef.AsVector.Normalized();
        _effectiveRadiusM = k * RadarHorizon.GaussianRadiusM(antenna.LatitudeDeg);
        _sinMinElevation = Math.Sin(minElevationDeg * Math.PI / 180);
        _sinMaxElevation = Math.Sin(maxElevationDeg * Math.PI / 180);
    }

    /// <summary>
    /// The same test as <see cref="CanSee(Geodetic)"/> for a target given in ECEF with its height, for the engine's
    /// scans: no trigonometry and no geodesic. The ground distance is the geocentric angle times the Gaussian radius
    /// (within 0.3 % of the geodesic at these ranges, a few metres of horizon); the elevation limits compare sines.
    /// </summary>
    public bool CanSee(Ecef target, double targetHeightM)
    {
        var d = target - _frame.OriginEcef;
        double range2 = d.NormSquared;
        if (range2 > _rangeM * _rangeM) return false;
        if (range2 == 0) return true;
        double sinElevation = d.Dot(_antennaUnit) / Math.Sqrt(range2);
        // The geocentric up differs from the geodetic normal by < 0.2°; elevation limits are coarse coverage bounds.
        if (sinElevation < _sinMinElevation || sinElevation > _sinMaxElevation) return false;
        var t = target.AsVector;
        double angle = Math.Atan2(_antennaUnit.Cross(t).Norm, _antennaUnit.Dot(t));
        // Ground distance angle·R on the effective Earth k·R subtends angle / k.
        return RadarHorizon.ClearsEffectiveEarth(angle / _k, _effectiveRadiusM, _frame.Origin.HeightM, targetHeightM);
    }

    /// <summary>Within the instrumented range and the elevation coverage, whatever the horizon (the parts of
    /// <see cref="CanSee(Ecef, double)"/> that do not depend on the target's height above the ground).</summary>
    public bool WithinCoverage(Ecef target)
    {
        var d = target - _frame.OriginEcef;
        double range2 = d.NormSquared;
        if (range2 > _rangeM * _rangeM) return false;
        if (range2 == 0) return true;
        double sinElevation = d.Dot(_antennaUnit) / Math.Sqrt(range2);
        return sinElevation >= _sinMinElevation && sinElevation <= _sinMaxElevation;
    }

    /// <summary>
    /// The lowest height above the ellipsoid at which a target over the ground point below <paramref name="target"/>
    /// clears the 4/3 earth (<see cref="RadarHorizon.MinimumClearingHeight"/>, with the ground distance taken as in
    /// <see cref="CanSee(Ecef, double)"/>): 0 within the antenna's own horizon.
    /// </summary>
    public double MinimumVisibleHeightM(Ecef target)
    {
        var t = target.AsVector;
        double angle = Math.Atan2(_antennaUnit.Cross(t).Norm, _antennaUnit.Dot(t));
        return RadarHorizon.MinimumClearingHeight(angle / _k, _effectiveRadiusM, _frame.Origin.HeightM);
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
