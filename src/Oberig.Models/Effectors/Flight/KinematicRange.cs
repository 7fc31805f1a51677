using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Flight;

/// <summary>
/// The farthest ground range an airframe carries while it still has a usable speed: unguided lofted shots from sea
/// level over a sweep of launch elevations, each ending when the speed falls below the floor after burnout (or at
/// ground impact); the best shot's distance along the ground (the sphere of <c>earthRadiusM</c>) at its end.
/// </summary>
/// <remarks>
/// This is the kinematic bound of an engagement envelope (no target, no manoeuvre, no induced drag), the figure that
/// open sources quote as a missile's "range" most often. The sweep is coarse then refined around the best elevation.
/// </remarks>
public static class KinematicRange
{
    /// <param name="airframe">The interceptor.</param>
    /// <param name="minSpeedMps">Speed floor, m/s, > 0: below it the missile can no longer manoeuvre usefully.</param>
    /// <param name="stepS">Integration step, s.</param>
    /// <param name="earthRadiusM">The earth's radius, m: the latitude-neutral mean radius unless a site's is known
    /// (<see cref="Wgs84.GaussianRadiusM"/>); infinite for the flat earth.</param>
    public static KinematicRangeResult Maximum(InterceptorAirframe airframe, double minSpeedMps, double stepS = 0.02,
        double earthRadiusM = Wgs84.MeanRadiusM)
    {
        ArgumentNullException.ThrowIfNull(airframe);
        if (!(minSpeedMps > 0 && double.IsFinite(minSpeedMps)))
            throw new ArgumentOutOfRangeException(nameof(minSpeedMps), minSpeedMps, $"the speed floor must be finite and > 0 m/s (is {minSpeedMps})");
        var options = new InterceptorFlightOptions { StepS = stepS, MinSpeedMps = minSpeedMps, MaxTimeOfFlightS = 1_000, EarthRadiusM = earthRadiusM };
        var best = new KinematicRangeResult(0, 0, 0, 0);
        for (double el = 5; el <= 85; el += 5) best = Better(best, Shot(airframe, el, options));
        double centre = best.ElevationDeg;
        for (double el = centre - 4; el <= centre + 4; el += 1) best = Better(best, Shot(airframe, el, options));
        return best;
    }

    private static KinematicRangeResult Better(KinematicRangeResult a, KinematicRangeResult b) => b.RangeM > a.RangeM ? b : a;

    private static KinematicRangeResult Shot(InterceptorAirframe airframe, double elevationDeg, InterceptorFlightOptions options)
    {
        double el = elevationDeg * Math.PI / 180;
        var end = new InterceptorFlight(airframe, Vec3.Zero, new Vec3(Math.Cos(el), 0, Math.Sin(el)), options: options).FlyToEnd();
        return new KinematicRangeResult(options.Earth.GroundRangeM(end.Position), elevationDeg, end.TimeS, end.MaxHeightM);
    }
}

/// <summary>The best shot of <see cref="KinematicRange.Maximum"/>: its ground range, m, launch elevation, degrees, time of flight, s, and apogee, m.</summary>
public readonly record struct KinematicRangeResult(double RangeM, double ElevationDeg, double TimeOfFlightS, double MaxHeightM);
