using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Models.Earth;

namespace Oberig.Models.Threats;

/// <summary>
/// Solves the launch of a <see cref="BallisticFlight"/> onto an aim point: the azimuth starts at the bearing of the
/// aim point in the launch point's local frame and is corrected by the bearing error of the predicted impact; the
/// elevation is the root of the ground-range error, found by bisection-safeguarded Illinois iteration. Of the two
/// elevations that reach a given range the lower (depressed) one is chosen; the lofted one only when the aim point is
/// nearer than the depressed branch reaches. Each evaluation flies the model itself, with the same options the flight
/// will use, so the solution is consistent with the flight the engine then advances.
/// </summary>
public static class BallisticSolver
{
    private const double MinElevationDeg = 0.5;
    private const double MaxElevationDeg = 89.5;
    /// <summary>Stop when the predicted impact is this close to the aim point, m.</summary>
    private const double MissToleranceM = 1.0;
    /// <summary>A flight that has not impacted after this long is treated as escaping.</summary>
    private const double MaxFlightTimeS = 4 * 3600;

    /// <exception cref="ArgumentException">The aim point is out of the missile's reach, or coincides with the launch point.</exception>
    public static BallisticSolution Solve(BallisticParameters parameters, Geodetic launch, Geodetic aimPoint,
        BallisticFlightOptions? options = null)
    {
        parameters.Validate("ballistic missile");
        options ??= BallisticFlightOptions.Default;
        var frame = new LocalFrame(launch);
        var launchUnit = Wgs84.ToEcef(launch).AsVector.Normalized();
        var aimEcef = Wgs84.ToEcef(aimPoint);
        double targetAngle = CentralAngle(launchUnit, aimEcef.AsVector);
        double targetRangeKm = targetAngle * Wgs84.A / 1000;
        if (targetAngle * Wgs84.A < 10)
            throw new ArgumentException($"aim point {aimPoint} is within 10 m of launch point {launch}: a ballistic missile cannot be aimed at its own launcher");
        double aimAz = frame.ToAer(aimEcef).AzimuthDeg;

        double az = aimAz;
        // Range as a central angle, as a function of elevation at the current azimuth.
        double Range(double elDeg) => CentralAngle(launchUnit, Fly(parameters, launch, az, elDeg, aimPoint.HeightM, options).Impact.AsVector);

        // The elevation of maximum range (golden section; range is unimodal in elevation).
        double lo = MinElevationDeg, hi = MaxElevationDeg;
        const double invPhi = 0.6180339887498949;
        double x1 = hi - invPhi * (hi - lo), x2 = lo + invPhi * (hi - lo);
        double r1 = Range(x1), r2 = Range(x2);
        while (hi - lo > 1e-3)
        {
            if (r1 < r2) { lo = x1; x1 = x2; r1 = r2; x2 = lo + invPhi * (hi - lo); r2 = Range(x2); }
            else { hi = x2; x2 = x1; r2 = r1; x1 = hi - invPhi * (hi - lo); r1 = Range(x1); }
        }
        double elMax = r1 > r2 ? x1 : x2, rangeMax = Math.Max(r1, r2);
        if (rangeMax < targetAngle)
            throw new ArgumentException(
                $"aim point {aimPoint} is out of reach from {launch}: {targetRangeKm:0.0} km asked, the missile reaches at most " +
                $"{rangeMax * Wgs84.A / 1000:0.0} km (at {elMax:0.0}° elevation)");

        bool lofted = Range(MinElevationDeg) > targetAngle;
        double el = elMax;
        Flight flight = default;
        for (int outer = 0; outer < 8; outer++)
        {
            el = lofted
                ? FindRoot(e => Range(e) - targetAngle, elMax, MaxElevationDeg)
                : FindRoot(e => Range(e) - targetAngle, MinElevationDeg, elMax);
            flight = Fly(parameters, launch, az, el, aimPoint.HeightM, options);
            if (flight.Impact.DistanceTo(aimEcef) < MissToleranceM) break;
            // Correct the azimuth by the bearing error of the impact, then solve the elevation again.
            double impactAz = frame.ToAer(flight.Impact).AzimuthDeg;
            az += Math.IEEERemainder(aimAz - impactAz, 360.0);
        }

        var impact = Wgs84.ToGeodetic(flight.Impact);
        return new BallisticSolution(parameters, launch, aimPoint, (az % 360 + 360) % 360, el, impact,
            GroundDistance(impact, aimPoint), new(flight.TimeS), flight.ApogeeHeightM, lofted);
    }

    private readonly record struct Flight(Ecef Impact, double TimeS, double ApogeeHeightM);

    private static Flight Fly(BallisticParameters p, Geodetic launch, double azDeg, double elDeg, double impactHeightM,
        BallisticFlightOptions options)
    {
        var f = new BallisticFlight(p, launch, azDeg, elDeg, impactHeightM, options);
        var chunk = new Core.Time.SimDuration(64 * options.MaxSubStepS);
        while (!f.HasImpacted)
        {
            if (f.TimeOfFlight.Seconds > MaxFlightTimeS)
                throw new ArgumentException($"a ballistic flight from {launch} at {elDeg:0.00}° elevation never comes down: check burnout_speed_mps");
            f.Advance(chunk);
        }
        return new Flight(f.State.Position, f.TimeOfFlight.Seconds, f.ApogeeHeightM);
    }

    /// <summary>Bracketed root of an increasing or decreasing function: Illinois with a bisection fallback.</summary>
    private static double FindRoot(Func<double, double> f, double a, double b)
    {
        double fa = f(a), fb = f(b);
        if (fa * fb > 0) return Math.Abs(fa) < Math.Abs(fb) ? a : b;
        int side = 0;
        for (int i = 0; i < 100; i++)
        {
            double x = (a * fb - b * fa) / (fb - fa);
            if (!(x > Math.Min(a, b) && x < Math.Max(a, b))) x = 0.5 * (a + b);
            double fx = f(x);
            // 1e-9 rad of central angle is 6 mm of ground range.
            if (Math.Abs(fx) < 1e-9 || Math.Abs(b - a) < 1e-10) return x;
            if (fx * fb > 0) { b = x; fb = fx; if (side == -1) fa *= 0.5; side = -1; }
            else { a = x; fa = fx; if (side == 1) fb *= 0.5; side = 1; }
        }
        return 0.5 * (a + b);
    }

    private static double CentralAngle(Vec3 unitA, Vec3 b)
    {
        var ub = b.Normalized();
        // atan2 of |a×b| and a·b is accurate at all angles.
        return Math.Atan2(unitA.Cross(ub).Norm, unitA.Dot(ub));
    }

    /// <summary>Distance between the ellipsoid-surface projections of two points (the chord: within a millimetre of the arc at 10 km).</summary>
    internal static double GroundDistance(Geodetic a, Geodetic b) =>
        Wgs84.ToEcef(a.WithHeight(0)).DistanceTo(Wgs84.ToEcef(b.WithHeight(0)));
}
