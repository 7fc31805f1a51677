using System.Collections.Concurrent;
using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Core.Random;
using Oberig.Models.Effectors.Engagement;
using Oberig.Models.Effectors.Flight;
using Oberig.Models.Effectors.Guidance;
using Oberig.Scenario.Catalog;

namespace Oberig.Models.Effectors.Tables;

/// <summary>
/// The kill probability of one missile of a type against the target's speed, its aspect (how far its heading turns
/// away from head-on) and the intercept point's ground range and height from the launcher, flown by the 3-DOF model
/// the engine flies (<see cref="MissileModel"/>), each cell on first use, and cached per type for the process: the
/// planner looks a shot's Pk up here instead of taking one figure per threat class.
/// </summary>
/// <remarks>
/// <para>Each cell is a Monte Carlo of up to <see cref="KillProbabilityTableOptions.Runs"/> engagements (fewer where the
/// first runs agree, <see cref="KillProbabilityTableOptions.PilotRuns"/>): the missile is
/// launched as the battle manager launches it, towards the intercept point at the fly-out table's time of flight
/// (lofted as the table flew there), against a target flying at the cell's speed along the great circle at the cell's
/// height, its heading at the intercept point turned by the cell's aspect from head-on (straight at the launcher)
/// towards a crossing (90°) or a receding (over 90°) course, placed so that it reaches that point at that time. The
/// aspect is what decides whether the seeker sees the target: on a collision course the line of sight lies along the
/// closing velocity, so a fast crossing target sits far off the missile's nose, and outside the seeker's field of view
/// the missile flies on the uplinked track (its error) to the end. In midcourse it flies on a fire-control
/// track with <see cref="SingleEngagement"/>'s notional error (the engine flies on its real tracker's), then on its
/// seeker with its noise. A run scores the kill function at its miss (times the missile's reliability), 0 when it
/// never reached the target.</para>
/// <para>Grid points are those of the fly-out table (every <see cref="KillProbabilityTableOptions.RangeStride"/>-th
/// range and <see cref="KillProbabilityTableOptions.HeightStride"/>-th height), so a cell's intercept point has an
/// exact time of flight; a point the fly-out table cannot reach has no value (NaN). Between grid points the Pk is
/// interpolated linearly in speed, aspect, range and height over the corners that have a value.</para>
/// <para>Simplifications, stated: the target is straight and level; a diving (ballistic) target is looked up at the
/// 3-D angle between its velocity and the level head-on course, as if that angle were a crossing one, and a weaving
/// target meets the figure of its mean course, so the planner is optimistic against a weave.</para>
/// </remarks>
public sealed class KillProbabilityTable
{
    private static readonly ConcurrentDictionary<(InterceptorType, KillProbabilityTableOptions), Lazy<KillProbabilityTable>> Cache = new();

    /// <summary>Marks a cell not flown yet (a Pk is in [0, 1], an unreachable cell NaN).</summary>
    private const double Pending = -1;

    private readonly MissileModel _model;
    private readonly GuidanceComputerOptions _guidance;
    private readonly KillProbabilityTableOptions _options;
    private readonly double[] _speeds, _aspects, _ranges, _heights;
    private readonly double[] _pk; // [speed, aspect, range, height] row-major; NaN where the fly-out table cannot reach
    private readonly object[] _locks = [.. Enumerable.Range(0, 64).Select(_ => new object())];

    private KillProbabilityTable(MissileModel model, KillProbabilityTableOptions options)
    {
        _model = model;
        _options = options;
        _ranges = Every(model.Table.GroundRangesM, options.RangeStride);
        _heights = Every(model.Table.HeightsM, options.HeightStride);
        _speeds = [.. options.TargetSpeedsMps];
        _aspects = [.. options.AspectsDeg];
        _guidance = model.Guidance with
        {
            TrackPositionSigmaM = SingleEngagement.TrackPositionSigmaM,
            TrackVelocitySigmaMps = SingleEngagement.TrackVelocitySigmaMps,
        };
        _pk = new double[_speeds.Length * _aspects.Length * _ranges.Length * _heights.Length];
        Array.Fill(_pk, Pending);
    }

    public IReadOnlyList<double> TargetSpeedsMps => _speeds;
    /// <summary>Aspects, degrees from head-on.</summary>
    public IReadOnlyList<double> AspectsDeg => _aspects;
    public IReadOnlyList<double> GroundRangesM => _ranges;
    public IReadOnlyList<double> HeightsM => _heights;

    /// <summary>The Monte Carlo Pk of grid point (speed s, aspect a, range i, height j), flown on first use; NaN where
    /// no intercept is possible.</summary>
    public double At(int speedIndex, int aspectIndex, int rangeIndex, int heightIndex) =>
        Cell(((speedIndex * _aspects.Length + aspectIndex) * _ranges.Length + rangeIndex) * _heights.Length + heightIndex);

    /// <summary>How many cells have been flown so far.</summary>
    public int FlownCells => _pk.Count(v => v != Pending);

    /// <summary>
    /// The table of <paramref name="type"/>, shared by the process (one per type and options, whatever the threads).
    /// Its cells are flown as lookups first touch them, so a run pays only for the geometries its shots meet: the whole
    /// Aster 30 table is 1,680 cells, a few seconds on two cores, of which a night's raid needs a few hundred.
    /// </summary>
    /// <exception cref="ArgumentException">The type cannot be flown (<see cref="MissileModel.CanFly"/>).</exception>
    public static KillProbabilityTable For(InterceptorType type, KillProbabilityTableOptions? options = null) =>
        Cache.GetOrAdd((type, options ?? KillProbabilityTableOptions.Default), key => new Lazy<KillProbabilityTable>(() =>
        {
            var table = Create(key.Item1, key.Item2);
            if (_diskCache is { } directory)
            {
                table._file = KillProbabilityTableFile.PathFor(directory, key.Item1, key.Item2);
                if (KillProbabilityTableFile.TryRead(table._file, table._pk.Length) is { } stored)
                    stored.AsSpan().CopyTo(table._pk);
                table._loaded = table.FlownCells;
            }
            return table;
        })).Value;

    private static string? _diskCache;
    private string? _file;
    private int _loaded;

    /// <summary>
    /// Keeps the shared tables' flown cells in <paramref name="directory"/> across processes (the command line does,
    /// under the user's cache folder): tables <see cref="For"/> creates from now on start from the cells stored there,
    /// and <see cref="SaveToDiskCache"/> adds the ones flown since. Null: no disk cache (the default).
    /// </summary>
    public static void UseDiskCache(string? directory) => _diskCache = directory;

    /// <summary>Writes every shared table that flew cells since it was read to the disk cache (merged with what the
    /// file holds by then). Does nothing without a disk cache; a folder that cannot be written is skipped silently.</summary>
    public static void SaveToDiskCache()
    {
        foreach (var entry in Cache.Values)
        {
            if (!entry.IsValueCreated || entry.Value is not { _file: { } file } table) continue;
            if (table.FlownCells == table._loaded) continue;
            KillProbabilityTableFile.Write(file, [.. table._pk], Pending);
        }
    }

    /// <summary>Builds the whole table now: every cell's Monte Carlo, cells spread over the cores.</summary>
    public static KillProbabilityTable Build(InterceptorType type, KillProbabilityTableOptions options)
    {
        var table = Create(type, options);
        Parallel.For(0, table._pk.Length, cell => table.Cell(cell));
        return table;
    }

    private static KillProbabilityTable Create(InterceptorType type, KillProbabilityTableOptions options)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var model = MissileModel.TryCreate(type, SingleEngagement.TrackUpdatePeriodS)
            ?? throw new ArgumentException($"interceptor type '{type.Id}' cannot be flown (a {type.Kind}, or a missile without flyout data or mass_kg); it has no kill-probability table", nameof(type));
        return new KillProbabilityTable(model, options);
    }

    /// <summary>The cell's Pk, flown once by whichever thread asks first (others asking meanwhile wait for it).</summary>
    private double Cell(int cell)
    {
        double value = Volatile.Read(ref _pk[cell]);
        if (value != Pending) return value; // NaN != Pending too: an unreachable cell is settled
        lock (_locks[cell % _locks.Length])
        {
            value = _pk[cell];
            if (value == Pending)
            {
                value = Fly(cell);
                Volatile.Write(ref _pk[cell], value);
            }
        }
        return value;
    }

    /// <summary>
    /// One cell's Monte Carlo. Each run draws from its own stream, seeded by cell and run, so a cell's value does not
    /// depend on which thread flies it or when.
    /// </summary>
    private double Fly(int cell)
    {
        int j = cell % _heights.Length, i = cell / _heights.Length % _ranges.Length;
        int a = cell / (_heights.Length * _ranges.Length) % _aspects.Length, s = cell / (_heights.Length * _ranges.Length * _aspects.Length);
        double timeOfFlight = _model.Table.TimeOfFlight(_ranges[i], _heights[j]);
        if (double.IsNaN(timeOfFlight)) return double.NaN;
        var earth = _model.Flight.Earth;
        var point = earth.PointAt(_ranges[i], 0, _heights[j]);
        var target = Target(earth, _ranges[i], _heights[j], _speeds[s], _aspects[a], timeOfFlight);
        double sum = 0, low = 1, high = 0;
        int runs = 0;
        while (runs < _options.Runs)
        {
            var random = RandomStreams.For(_options.Seed, cell * _options.Runs + runs, "pk-table");
            var end = _model.Launch(_model.Flight, _guidance, Vec3.Zero, point, target, random).FlyToEnd();
            double p = end.ReachedTarget ? _model.Kill.KillProbability(end.MissM) : 0;
            sum += p;
            low = Math.Min(low, p);
            high = Math.Max(high, p);
            runs++;
            // Most cells are settled by the first runs (a sure hit at the missile's reliability, or no reach at all):
            // the rest are flown only where the first runs disagree.
            if (runs == _options.PilotRuns && high - low <= _options.SettledSpread) break;
        }
        return sum / runs;
    }

    /// <summary>
    /// A cell's target: on the great circle at <paramref name="heightM"/> that crosses the intercept point (on the
    /// frame's x axis, <paramref name="groundRangeM"/> out) heading <paramref name="aspectDeg"/> away from straight at
    /// the launcher, there after <paramref name="timeOfFlightS"/>. Its start is found by flying the same great circle
    /// backwards from the intercept point, so it meets the point exactly on the round earth.
    /// </summary>
    public static ITargetMotion Target(LocalSphere earth, double groundRangeM, double heightM, double speedMps, double aspectDeg,
        double timeOfFlightS)
    {
        var point = earth.PointAt(groundRangeM, 0, heightM);
        double aspect = aspectDeg * Math.PI / 180;
        var heading = new Vec3(-Math.Cos(aspect), Math.Sin(aspect), 0);
        var start = new GreatCircleTarget(earth, point, -heading, speedMps).At(timeOfFlightS);
        return new GreatCircleTarget(earth, start.Position, -start.Velocity, speedMps);
    }

    /// <summary>
    /// The aspect of a target moving at <paramref name="velocity"/> through <paramref name="interceptPoint"/>, degrees:
    /// the angle between its velocity and the level course from that point straight at <paramref name="launcher"/>
    /// (both in the frame of <paramref name="earth"/>). 0 for a target coming straight at the launcher, 90 for a
    /// level crossing one, and for a dive its angle below the level course adds in.
    /// </summary>
    public static double AspectDeg(LocalSphere earth, Vec3 launcher, Vec3 interceptPoint, Vec3 velocity)
    {
        var up = earth.Up(interceptPoint);
        var toLauncher = launcher - interceptPoint;
        var level = toLauncher - up * toLauncher.Dot(up);
        double norm = level.Norm * velocity.Norm;
        if (!(norm > 0)) return 0;
        return Math.Acos(Math.Clamp(level.Dot(velocity) / norm, -1, 1)) * 180 / Math.PI;
    }

    /// <summary>
    /// The Pk of a shot at a target moving at <paramref name="targetSpeedMps"/> with <paramref name="aspectDeg"/>
    /// (<see cref="AspectDeg"/>), met <paramref name="groundRangeM"/> from the launcher along the ground at
    /// <paramref name="heightM"/> above it: interpolated linearly in each axis (clamped to the grid) over the cell's
    /// corners that have a value; 0 when none has.
    /// </summary>
    public double KillProbability(double targetSpeedMps, double aspectDeg, double groundRangeM, double heightM)
    {
        var (s, fs) = Locate(_speeds, targetSpeedMps);
        var (a, fa) = Locate(_aspects, aspectDeg);
        var (i, fr) = Locate(_ranges, groundRangeM);
        var (j, fh) = Locate(_heights, heightM);
        double sum = 0, weight = 0;
        for (int corner = 0; corner < 16; corner++)
        {
            int ds = corner & 1, da = corner >> 1 & 1, di = corner >> 2 & 1, dj = corner >> 3 & 1;
            double w = (ds == 0 ? 1 - fs : fs) * (da == 0 ? 1 - fa : fa) * (di == 0 ? 1 - fr : fr) * (dj == 0 ? 1 - fh : fh);
            // A zero weight is skipped before the read: on a one-point axis its far corner lies off the grid.
            if (w == 0) continue;
            double value = At(s + ds, a + da, i + di, j + dj);
            if (double.IsNaN(value)) continue;
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
    /// <summary>Aspects, degrees from head-on, increasing in [0, 180]. Default 0, 45, 90, 135: head-on, oblique,
    /// crossing and receding.</summary>
    public IReadOnlyList<double> AspectsDeg { get; init; } = [0, 45, 90, 135];
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
        if (AspectsDeg is null || AspectsDeg.Count < 1)
            throw new ArgumentException("kill-probability table: AspectsDeg needs at least one aspect");
        for (int k = 0; k < AspectsDeg.Count; k++)
            if (!(AspectsDeg[k] >= 0 && AspectsDeg[k] <= 180) || (k > 0 && !(AspectsDeg[k] > AspectsDeg[k - 1])))
                throw new ArgumentException($"kill-probability table: AspectsDeg must lie in [0, 180] and increase (index {k} is {AspectsDeg[k]})");
        if (RangeStride < 1) throw new ArgumentException($"kill-probability table: RangeStride must be at least 1 (is {RangeStride})");
        if (HeightStride < 1) throw new ArgumentException($"kill-probability table: HeightStride must be at least 1 (is {HeightStride})");
        if (Runs < 1) throw new ArgumentException($"kill-probability table: Runs must be at least 1 (is {Runs})");
        if (PilotRuns < 1) throw new ArgumentException($"kill-probability table: PilotRuns must be at least 1 (is {PilotRuns})");
        if (!(SettledSpread >= 0 && SettledSpread <= 1)) throw new ArgumentException($"kill-probability table: SettledSpread must be in [0, 1] (is {SettledSpread})");
    }
}
