using System.Collections.Concurrent;
using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Models.Effectors.Flight;
using Oberig.Models.Effectors.Guidance;
using Oberig.Scenario.Catalog;

namespace Oberig.Models.Effectors.Tables;

/// <summary>
/// A fly-out table: for one interceptor type, the time of flight to each point of a (ground range, height) grid
/// around the launcher, flown by the 3-DOF model (<see cref="InterceptorFlight"/>) under true proportional navigation
/// with gravity compensation at a fixed point, and whether the missile gets there with the speed to manoeuvre
/// (<see cref="FlyoutTableOptions.ArrivalSpeedMps"/>). Battle management looks intercepts up here instead of flying
/// them: the table is built once per type (and cached for the process) so the engine stays fast.
/// </summary>
/// <remarks>
/// Over the round earth of <see cref="FlyoutTableOptions.EarthRadiusM"/>, like the flight model: a grid point's ground
/// range is measured along the sphere and its height above it (<see cref="LocalSphere.PointAt"/>), so a low point far
/// out lies below the launcher's tangent plane, where a target there flies. Look a point up with
/// <see cref="TimeOfFlightTo"/> (its launcher-centred ENU position). Between grid points the time of flight is interpolated bilinearly; a point is
/// reachable only when all four corners of its cell are (conservative at the envelope's edge).
/// </remarks>
public sealed class FlyoutTable
{
    private static readonly ConcurrentDictionary<(InterceptorType, FlyoutTableOptions), FlyoutTable> Cache = new();

    private readonly double[] _ranges, _heights;
    private readonly double[] _time;        // [range, height] row-major; NaN where unreachable
    private readonly double[] _loft;        // the loft flown to each point, same layout

    private FlyoutTable(LocalSphere earth, double[] ranges, double[] heights, double[] time, double[] loft)
    {
        Earth = earth;
        _ranges = ranges;
        _heights = heights;
        _time = time;
        _loft = loft;
    }

    /// <summary>The earth the table was flown over, in the launcher's ENU frame.</summary>
    public LocalSphere Earth { get; }
    public IReadOnlyList<double> GroundRangesM => _ranges;
    public IReadOnlyList<double> HeightsM => _heights;

    /// <summary>Time of flight to grid point (i, j), s; NaN when the missile cannot get there.</summary>
    public double TimeAt(int rangeIndex, int heightIndex) => _time[rangeIndex * _heights.Length + heightIndex];

    /// <summary>The longest time of flight in the table, s.</summary>
    public double MaxTimeOfFlightS { get; private set; }

    /// <summary>The table of <paramref name="type"/>, built on first use and shared afterwards.</summary>
    /// <exception cref="ArgumentException">The type has no fly-out table in the catalog (a gun round).</exception>
    public static FlyoutTable For(InterceptorType type, FlyoutTableOptions? options = null) =>
        Cache.GetOrAdd((type, options ?? FlyoutTableOptions.Default), key => Build(key.Item1, key.Item2));

    /// <summary>Builds the table by flying every grid point (about a second for a long-range missile).</summary>
    public static FlyoutTable Build(InterceptorType type, FlyoutTableOptions options)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(options);
        var airframe = CatalogAirframe.From(type);
        var law = HomingLaw(airframe, options);
        var flight = new InterceptorFlightOptions
        {
            StepS = options.StepS, MinSpeedMps = options.ArrivalSpeedMps, MaxTimeOfFlightS = options.MaxTimeOfFlightS,
            EarthRadiusM = options.EarthRadiusM,
        };
        var ranges = Grid(options.MinGroundRangeM, options.RangeMargin * type.MaxRangeM, options.RangePoints);
        var heights = Grid(options.MinHeightM, options.HeightMargin * type.MaxAltitudeM, options.HeightPoints);
        var time = new double[ranges.Length * heights.Length];
        var loft = new double[time.Length];
        var tolerance = Math.Max(options.ArrivalToleranceM, CatalogAirframe.KillFunction(type).LethalRadiusM);
        Parallel.For(0, ranges.Length, i =>
        {
            for (int j = 0; j < heights.Length; j++)
            {
                var point = flight.Earth.PointAt(ranges[i], 0, heights[j]);
                int k = i * heights.Length + j;
                time[k] = double.NaN;
                // The plain fly-out first; lofted ones only where it fails or takes long (they are slower up close).
                foreach (double f in options.LoftFactors)
                {
                    if (f > 0 && double.IsFinite(time[k]) && time[k] <= options.LoftAfterS) break;
                    double t = Fly(airframe, law, flight, options, point, f, tolerance);
                    if (double.IsFinite(t) && !(t >= time[k])) { time[k] = t; loft[k] = f; }
                }
            }
        });
        var table = new FlyoutTable(flight.Earth, ranges, heights, time, loft);
        table.MaxTimeOfFlightS = time.Where(double.IsFinite).DefaultIfEmpty(0).Max();
        return table;
    }

    /// <summary>One fly-out to a fixed point with midcourse loft <paramref name="loft"/>: its time of flight, or NaN when
    /// it does not get there within the tolerance and with the arrival speed.</summary>
    public static double Fly(InterceptorAirframe airframe, IGuidanceLaw law, InterceptorFlightOptions flight, FlyoutTableOptions options,
        Vec3 point, double loft, double toleranceM)
    {
        ArgumentNullException.ThrowIfNull(options);
        var end = new InterceptorFlight(airframe, Vec3.Zero, LaunchDirection(point, loft, options), Midcourse(law, loft, options),
            new ConstantVelocityTarget(point, Vec3.Zero), flight).FlyToEnd();
        return end.ReachedTarget && end.MissM <= toleranceM && end.Velocity.Norm >= options.ArrivalSpeedMps ? end.TimeS : double.NaN;
    }

    /// <summary>The homing law the table is flown with: true proportional navigation with gravity compensation, capped
    /// at the airframe's g limit. A flown fly-out that should match the table uses the same.</summary>
    public static IGuidanceLaw HomingLaw(InterceptorAirframe airframe, FlyoutTableOptions options)
    {
        ArgumentNullException.ThrowIfNull(airframe);
        ArgumentNullException.ThrowIfNull(options);
        double maxG = airframe.MaxLateralG * InterceptorFlight.G0;
        return new GravityCompensated(new TrueProportionalNavigation(options.NavigationRatio, maxG), maxG);
    }

    /// <summary>The midcourse law for loft <paramref name="loft"/>: the homing law itself when 0. A moving target's
    /// predicted intercept assumes the missile flies at least <paramref name="assumedSpeedMps"/> (<see cref="LoftedMidcourse"/>).</summary>
    public static IGuidanceLaw Midcourse(IGuidanceLaw homing, double loft, FlyoutTableOptions options, double assumedSpeedMps = 0) =>
        loft > 0 ? new LoftedMidcourse(homing, loft, options.TerminalRangeM, assumedSpeedMps) : homing;

    /// <summary>Where a fly-out to <paramref name="point"/> (launcher at the origin) leaves the launcher: towards the
    /// point raised by the loft, and at least <see cref="FlyoutTableOptions.MinLaunchElevationDeg"/> up.</summary>
    public static Vec3 LaunchDirection(Vec3 point, double loft, FlyoutTableOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        double horizontal = Math.Sqrt(point.X * point.X + point.Y * point.Y);
        double raise = loft * Math.Max(0, horizontal - options.TerminalRangeM);
        double climb = Math.Max(point.Z + raise, Math.Tan(options.MinLaunchElevationDeg * Math.PI / 180) * horizontal);
        return new Vec3(point.X, point.Y, climb);
    }

    /// <summary>The midcourse loft the table flew to grid point (i, j) (0: none; meaningless where unreachable).</summary>
    public double LoftAt(int rangeIndex, int heightIndex) => _loft[rangeIndex * _heights.Length + heightIndex];

    /// <summary>The loft of the grid point nearest (<paramref name="groundRangeM"/>, <paramref name="heightM"/>), for a
    /// flown fly-out that should follow the trajectory the table assumed.</summary>
    public double LoftNear(double groundRangeM, double heightM)
    {
        int i = Nearest(_ranges, groundRangeM), j = Nearest(_heights, heightM);
        return LoftAt(i, j);
    }

    private static int Nearest(double[] grid, double x)
    {
        int best = 0;
        for (int k = 1; k < grid.Length; k++) if (Math.Abs(grid[k] - x) < Math.Abs(grid[best] - x)) best = k;
        return best;
    }

    /// <summary>Interpolated time of flight to a point <paramref name="groundRangeM"/> from the launcher along the
    /// ground at <paramref name="heightM"/> above it, s; NaN when it is outside the table or any corner of its cell is unreachable.</summary>
    public double TimeOfFlight(double groundRangeM, double heightM)
    {
        int i = Cell(_ranges, groundRangeM), j = Cell(_heights, Math.Max(heightM, _heights[0]));
        if (i < 0 || j < 0) return double.NaN;
        double fr = (groundRangeM - _ranges[i]) / (_ranges[i + 1] - _ranges[i]);
        double fh = (Math.Max(heightM, _heights[0]) - _heights[j]) / (_heights[j + 1] - _heights[j]);
        double t00 = TimeAt(i, j), t01 = TimeAt(i, j + 1), t10 = TimeAt(i + 1, j), t11 = TimeAt(i + 1, j + 1);
        if (double.IsNaN(t00 + t01 + t10 + t11)) return double.NaN;
        return (1 - fr) * ((1 - fh) * t00 + fh * t01) + fr * ((1 - fh) * t10 + fh * t11);
    }

    /// <summary>Interpolated time of flight to <paramref name="point"/>, m in the launcher's ENU frame (its ground range
    /// along and height above <see cref="Earth"/>), s; NaN where <see cref="TimeOfFlight"/> is.</summary>
    public double TimeOfFlightTo(Vec3 point) => TimeOfFlight(Earth.GroundRangeM(point), Earth.HeightAbove(point));

    /// <summary>Steps of the intercept search over the table's longest time of flight.</summary>
    public const int InterceptScanSteps = 64;
    /// <summary>The intercept search's smallest step, s.</summary>
    public const double InterceptMinScanStepS = 0.25;

    /// <summary>
    /// The earliest time t after launch at which a missile launched now can be where the target is then: the first t
    /// with <paramref name="timeOfFlightToTargetAt"/>(t) ≤ t (the time of flight to the target's position at t; NaN
    /// where the table cannot reach it), scanned in steps of the longest time of flight / 64 (at least 0.25 s) and
    /// refined by bisection; null when no such time comes before the longest time of flight. 0 when the target is
    /// already within reach at once (a time of flight of 0).
    /// </summary>
    public double? InterceptTime(Func<double, double> timeOfFlightToTargetAt)
    {
        ArgumentNullException.ThrowIfNull(timeOfFlightToTargetAt);
        double Gap(double t)
        {
            double tof = timeOfFlightToTargetAt(t);
            return double.IsNaN(tof) ? double.NaN : tof - t;
        }
        double previousT = 0, previous = Gap(0);
        if (previous <= 0) return 0;
        double step = Math.Max(InterceptMinScanStepS, MaxTimeOfFlightS / InterceptScanSteps);
        for (double t = step; t <= MaxTimeOfFlightS + step; t += step)
        {
            double g = Gap(t);
            if (!double.IsNaN(g) && g <= 0)
            {
                // The time of flight caught up with the target between the last reachable scan point and here.
                double lo = double.IsNaN(previous) ? t : previousT, hi = t;
                if (!double.IsNaN(previous))
                    for (int k = 0; k < 30; k++)
                    {
                        double mid = 0.5 * (lo + hi), gm = Gap(mid);
                        if (!double.IsNaN(gm) && gm <= 0) hi = mid; else lo = mid;
                    }
                return hi;
            }
            previousT = t;
            previous = g;
        }
        return null;
    }

    private static int Cell(double[] grid, double x)
    {
        if (!(x >= grid[0]) || x > grid[^1]) return -1;
        int k = Array.BinarySearch(grid, x);
        if (k < 0) k = ~k - 1;
        return Math.Min(k, grid.Length - 2);
    }

    private static double[] Grid(double from, double to, int points)
    {
        var g = new double[points];
        for (int k = 0; k < points; k++) g[k] = from + (to - from) * k / (points - 1);
        return g;
    }
}

/// <summary>How a <see cref="FlyoutTable"/> is built. Documented defaults.</summary>
public sealed record FlyoutTableOptions
{
    public static FlyoutTableOptions Default { get; } = new();

    /// <summary>Ground-range grid: from this, m. Default 500 m.</summary>
    public double MinGroundRangeM { get; init; } = 500;
    /// <summary>... to this multiple of the catalog max range. Default 1.2 (the physics, not the catalog, says where the
    /// envelope ends).</summary>
    public double RangeMargin { get; init; } = 1.2;
    public int RangePoints { get; init; } = 25;
    /// <summary>Height grid from this, m. Default 50 m.</summary>
    public double MinHeightM { get; init; } = 50;
    /// <summary>... to this multiple of the catalog max altitude. Default 1.2.</summary>
    public double HeightMargin { get; init; } = 1.2;
    public int HeightPoints { get; init; } = 13;
    /// <summary>The missile must arrive at least this fast to count as able to intercept there, m/s. Default 300 m/s
    /// (notional: the speed floor the catalog airframes are tuned to).</summary>
    public double ArrivalSpeedMps { get; init; } = 300;
    /// <summary>It must pass within this of the point (or within the lethal radius, if larger), m. Default 10 m.</summary>
    public double ArrivalToleranceM { get; init; } = 10;
    public double NavigationRatio { get; init; } = 4;
    public double MinLaunchElevationDeg { get; init; } = 10;
    /// <summary>Midcourse lofts tried per point (<see cref="LoftedMidcourse"/>), the fastest arrival kept; 0 first.
    /// Default 0, 0.3, 0.6, 1 (metres of raise per metre of horizontal range beyond the terminal range).</summary>
    public IReadOnlyList<double> LoftFactors { get; init; } = [0, 0.3, 0.6, 1.0];
    /// <summary>Lofted fly-outs are tried only where the plain one fails or takes longer than this, s. Default 20 s.</summary>
    public double LoftAfterS { get; init; } = 20;
    /// <summary>Inside this horizontal range to go the loft is off and the missile homes on the point itself, m.
    /// Default 15 km (notional: the last part of a long-range fly-out, seeker range for the long-range missiles).</summary>
    public double TerminalRangeM { get; init; } = 15_000;
    public double StepS { get; init; } = 0.02;
    public double MaxTimeOfFlightS { get; init; } = 400;
    /// <summary>The earth's radius, m. Default the mean radius <see cref="Wgs84.MeanRadiusM"/>: a table serves launchers
    /// at every latitude, and the Gaussian radius at any site differs by 0.6 % at most (under 10 m of ground 150 km out).</summary>
    public double EarthRadiusM { get; init; } = Wgs84.MeanRadiusM;
}
