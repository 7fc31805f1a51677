using System.Collections.Concurrent;
using Oberig.Core.Numerics;
using Oberig.Core.Random;
using Oberig.Models.Effectors.Engagement;
using Oberig.Models.Effectors.Flight;
using Oberig.Scenario.Catalog;

namespace Oberig.Models.Effectors.Tables;

/// <summary>
/// The kill probability of one missile of a type against the target's speed and the intercept point's ground range
/// and height from the launcher, flown by the 3-DOF model the engine flies (<see cref="MissileModel"/>) and cached per
/// type for the process: the planner looks a shot's Pk up here instead of taking one figure per threat class.
/// </summary>
/// <remarks>
/// <para>Each cell is a Monte Carlo of up to <see cref="KillProbabilityTableOptions.Runs"/> engagements (fewer where the
/// first runs agree, <see cref="KillProbabilityTableOptions.PilotRuns"/>): the missile is
/// launched as the battle manager launches it, towards the intercept point at the fly-out table's time of flight
/// (lofted as the table flew there), against a target flying head-on at the cell's speed along the great circle at
/// the cell's height, placed so that it reaches that point at that time. In midcourse it flies on a fire-control
/// track with <see cref="SingleEngagement"/>'s notional error (the engine flies on its real tracker's), then on its
/// seeker with its noise. A run scores the kill function at its miss (times the missile's reliability), 0 when it
/// never reached the target.</para>
/// <para>Grid points are those of the fly-out table (every <see cref="KillProbabilityTableOptions.RangeStride"/>-th
/// range and <see cref="KillProbabilityTableOptions.HeightStride"/>-th height), so a cell's intercept point has an
/// exact time of flight; a point the fly-out table cannot reach has no value (NaN). Between grid points the Pk is
/// interpolated linearly in speed, range and height over the corners that have a value.</para>
/// <para>Simplifications, stated: the target is straight and level and comes head-on; a crossing, diving (ballistic)
/// or weaving target meets the table's figure for its speed, so the planner is optimistic against those.</para>
/// </remarks>
public sealed class KillProbabilityTable
{
    private static readonly ConcurrentDictionary<(InterceptorType, KillProbabilityTableOptions), Lazy<KillProbabilityTable>> Cache = new();

    private readonly double[] _speeds, _ranges, _heights;
    private readonly double[] _pk; // [speed, range, height] row-major; NaN where the fly-out table cannot reach

    private KillProbabilityTable(double[] speeds, double[] ranges, double[] heights, double[] pk)
    {
        _speeds = speeds;
        _ranges = ranges;
        _heights = heights;
        _pk = pk;
    }

    public IReadOnlyList<double> TargetSpeedsMps => _speeds;
    public IReadOnlyList<double> GroundRangesM => _ranges;
    public IReadOnlyList<double> HeightsM => _heights;

    /// <summary>The Monte Carlo Pk of grid point (speed s, range i, height j); NaN where no intercept is possible.</summary>
    public double At(int speedIndex, int rangeIndex, int heightIndex) =>
        _pk[(speedIndex * _ranges.Length + rangeIndex) * _heights.Length + heightIndex];

    /// <summary>The table of <paramref name="type"/>, built on first use (once, whatever the threads) and shared.</summary>
    /// <exception cref="ArgumentException">The type cannot be flown (<see cref="MissileModel.CanFly"/>).</exception>
    public static KillProbabilityTable For(InterceptorType type, KillProbabilityTableOptions? options = null) =>
        Cache.GetOrAdd((type, options ?? KillProbabilityTableOptions.Default),
            key => new Lazy<KillProbabilityTable>(() => Build(key.Item1, key.Item2))).Value;

    /// <summary>Builds the table: every cell's Monte Carlo, cells spread over the cores.</summary>
    public static KillProbabilityTable Build(InterceptorType type, KillProbabilityTableOptions options)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var model = MissileModel.TryCreate(type, SingleEngagement.TrackUpdatePeriodS)
            ?? throw new ArgumentException($"interceptor type '{type.Id}' cannot be flown (a {type.Kind}, or a missile without flyout data or mass_kg); it has no kill-probability table", nameof(type));
        var flyout = model.Table;
        var ranges = Every(flyout.GroundRangesM, options.RangeStride);
        var heights = Every(flyout.HeightsM, options.HeightStride);
        var speeds = options.TargetSpeedsMps.ToArray();
        var guidance = model.Guidance with
        {
            TrackPositionSigmaM = SingleEngagement.TrackPositionSigmaM,
            TrackVelocitySigmaMps = SingleEngagement.TrackVelocitySigmaMps,
        };
        var pk = new double[speeds.Length * ranges.Length * heights.Length];
        // Cells are independent and each run draws from its own stream (seeded by cell and run), so the table does not
        // depend on how the loop is spread over threads.
        Parallel.For(0, pk.Length, cell =>
        {
            int j = cell % heights.Length, i = cell / heights.Length % ranges.Length, s = cell / (heights.Length * ranges.Length);
            double timeOfFlight = flyout.TimeOfFlight(ranges[i], heights[j]);
            if (double.IsNaN(timeOfFlight)) { pk[cell] = double.NaN; return; }
            var earth = model.Flight.Earth;
            var point = earth.PointAt(ranges[i], 0, heights[j]);
            // Head-on along the great circle at the cell's height: its speed there covers R/(R+h) of it on the ground.
            double ground = speeds[s] * timeOfFlight * (earth.IsFlat ? 1 : earth.RadiusM / (earth.RadiusM + heights[j]));
            var target = new GreatCircleTarget(earth, earth.PointAt(ranges[i] + ground, 0, heights[j]), new Vec3(-1, 0, 0), speeds[s]);
            double sum = 0, low = 1, high = 0;
            int runs = 0;
            while (runs < options.Runs)
            {
                var random = RandomStreams.For(options.Seed, cell * options.Runs + runs, "pk-table");
                var end = model.Launch(model.Flight, guidance, Vec3.Zero, point, target, random).FlyToEnd();
                double p = end.ReachedTarget ? model.Kill.KillProbability(end.MissM) : 0;
                sum += p;
                low = Math.Min(low, p);
                high = Math.Max(high, p);
                runs++;
                // Most cells are settled by the first runs (a sure hit at the missile's reliability, or no reach at all):
                // the rest are flown only where the first runs disagree.
                if (runs == options.PilotRuns && high - low <= options.SettledSpread) break;
            }
            pk[cell] = sum / runs;
        });
        return new KillProbabilityTable(speeds, ranges, heights, pk);
    }

    /// <summary>
    /// The Pk of a shot at a target moving at <paramref name="targetSpeedMps"/> met <paramref name="groundRangeM"/>
    /// from the launcher along the ground at <paramref name="heightM"/> above it: interpolated linearly in each axis
    /// (clamped to the grid) over the cell's corners that have a value; 0 when none has.
    /// </summary>
    public double KillProbability(double targetSpeedMps, double groundRangeM, double heightM)
    {
        var (s, fs) = Locate(_speeds, targetSpeedMps);
        var (i, fr) = Locate(_ranges, groundRangeM);
        var (j, fh) = Locate(_heights, heightM);
        double sum = 0, weight = 0;
        for (int ds = 0; ds < 2; ds++)
            for (int di = 0; di < 2; di++)
                for (int dj = 0; dj < 2; dj++)
                {
                    double value = At(s + ds, i + di, j + dj);
                    if (double.IsNaN(value)) continue;
                    double w = (ds == 0 ? 1 - fs : fs) * (di == 0 ? 1 - fr : fr) * (dj == 0 ? 1 - fh : fh);
                    sum += w * value;
                    weight += w;
                }
        return weight > 0 ? sum / weight : 0;
    }

    /// <summary>The cell of <paramref name="x"/> on a grid and the fraction across it, clamped to the grid's ends.</summary>
    private static (int Index, double Fraction) Locate(double[] grid, double x)
    {
        if (grid.Length == 1 || !(x > grid[0])) return (0, 0);
        if (x >= grid[^1]) return (grid.Length - 2, 1);
        int k = Array.BinarySearch(grid, x);
        if (k < 0) k = ~k - 1;
        k = Math.Min(k, grid.Length - 2);
        return (k, (x - grid[k]) / (grid[k + 1] - grid[k]));
    }

    private static double[] Every(IReadOnlyList<double> grid, int stride)
    {
        var picked = new List<double>();
        for (int k = 0; k < grid.Count; k += stride) picked.Add(grid[k]);
        if (picked[^1] != grid[^1]) picked.Add(grid[^1]);
        return [.. picked];
    }
}

/// <summary>How a <see cref="KillProbabilityTable"/> is built. Documented defaults.</summary>
public sealed record KillProbabilityTableOptions
{
    public static KillProbabilityTableOptions Default { get; } = new();

    /// <summary>Target speeds, m/s, increasing. Default 50, 150, 300, 600, 1,200, 2,400 m/s: from a slow drone through
    /// cruise missiles and aircraft to a short-range ballistic missile's terminal speed.</summary>
    public IReadOnlyList<double> TargetSpeedsMps { get; init; } = [50, 150, 300, 600, 1200, 2400];
    /// <summary>Every this-many-th ground range of the fly-out table (and its last). Default 4: 7 of its 25.</summary>
    public int RangeStride { get; init; } = 4;
    /// <summary>Every this-many-th height of the fly-out table (and its last). Default 3: 5 of its 13.</summary>
    public int HeightStride { get; init; } = 3;
    /// <summary>Engagements flown per cell at most. Default 8.</summary>
    public int Runs { get; init; } = 8;
    /// <summary>A cell whose first this-many runs' kill probabilities lie within <see cref="SettledSpread"/> of each other
    /// stops there. Default 2.</summary>
    public int PilotRuns { get; init; } = 2;
    /// <summary>Default 0.05.</summary>
    public double SettledSpread { get; init; } = 0.05;
    /// <summary>Seed of the cells' streams. Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    internal void Validate()
    {
        if (TargetSpeedsMps is null || TargetSpeedsMps.Count < 2)
            throw new ArgumentException("kill-probability table: TargetSpeedsMps needs at least two speeds");
        for (int k = 0; k < TargetSpeedsMps.Count; k++)
            if (!(TargetSpeedsMps[k] > 0 && double.IsFinite(TargetSpeedsMps[k])) || (k > 0 && !(TargetSpeedsMps[k] > TargetSpeedsMps[k - 1])))
                throw new ArgumentException($"kill-probability table: TargetSpeedsMps must be finite, > 0 and increasing (index {k} is {TargetSpeedsMps[k]})");
        if (RangeStride < 1) throw new ArgumentException($"kill-probability table: RangeStride must be at least 1 (is {RangeStride})");
        if (HeightStride < 1) throw new ArgumentException($"kill-probability table: HeightStride must be at least 1 (is {HeightStride})");
        if (Runs < 1) throw new ArgumentException($"kill-probability table: Runs must be at least 1 (is {Runs})");
        if (PilotRuns < 1) throw new ArgumentException($"kill-probability table: PilotRuns must be at least 1 (is {PilotRuns})");
        if (!(SettledSpread >= 0 && SettledSpread <= 1)) throw new ArgumentException($"kill-probability table: SettledSpread must be in [0, 1] (is {SettledSpread})");
    }
}
