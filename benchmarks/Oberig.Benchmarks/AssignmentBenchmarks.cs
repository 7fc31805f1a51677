using BenchmarkDotNet.Attributes;
using Oberig.Core.Assignment;
using Oberig.Core.Random;

namespace Oberig.Benchmarks;

/// <summary>
/// One global-nearest-neighbour assignment as a tracker solves it each scan: targets flying in clusters of 20 over a
/// plane, detections at 90 % of them with 2 m noise plus 10 % clutter, pairs gated at 10 m (about five gated
/// measurements per track), cost the squared distance, unassigned at half the squared gate. Times the solve only
/// (the gated matrix is built once in setup); allocation should read zero.
/// </summary>
[MemoryDiagnoser]
public class AssignmentBenchmarks
{
    private const double Gate = 10, Noise = 2, Spread = 10, ClusterSize = 20;
    private readonly SparseCostMatrix _matrix = new();
    private readonly LinearAssignment _solver = new();
    private int[] _rowToColumn = [];

    [Params(100, 1_000, 10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rng = new RandomStream(7);
        int clusters = Math.Max(1, (int)(Rows / ClusterSize));
        double side = 200 * Math.Sqrt(clusters);
        var cx = new double[clusters];
        var cy = new double[clusters];
        for (int k = 0; k < clusters; k++) { cx[k] = rng.NextDouble(0, side); cy[k] = rng.NextDouble(0, side); }
        var tx = new double[Rows];
        var ty = new double[Rows];
        for (int i = 0; i < Rows; i++)
        {
            int k = i % clusters;
            tx[i] = cx[k] + Spread * rng.NextGaussian();
            ty[i] = cy[k] + Spread * rng.NextGaussian();
        }
        var dx = new List<double>();
        var dy = new List<double>();
        for (int i = 0; i < Rows; i++)
            if (rng.NextDouble() < 0.9) { dx.Add(tx[i] + Noise * rng.NextGaussian()); dy.Add(ty[i] + Noise * rng.NextGaussian()); }
        for (int k = 0; k < Rows / 10; k++)
        {
            int c = rng.NextInt(clusters);
            dx.Add(cx[c] + 3 * Spread * rng.NextGaussian()); dy.Add(cy[c] + 3 * Spread * rng.NextGaussian());
        }

        // Gate through a uniform grid of gate-sized cells: only the 3 x 3 cells around a target are examined.
        int columns = dx.Count;
        var cells = new Dictionary<(long, long), List<int>>();
        for (int j = 0; j < columns; j++)
        {
            var key = ((long)Math.Floor(dx[j] / Gate), (long)Math.Floor(dy[j] / Gate));
            if (!cells.TryGetValue(key, out var list)) cells[key] = list = [];
            list.Add(j);
        }
        _matrix.Clear(columns);
        var row = new List<(int Column, double Cost)>();
        for (int i = 0; i < Rows; i++)
        {
            _matrix.AddRow();
            row.Clear();
            long gx = (long)Math.Floor(tx[i] / Gate), gy = (long)Math.Floor(ty[i] / Gate);
            for (long x = gx - 1; x <= gx + 1; x++)
                for (long y = gy - 1; y <= gy + 1; y++)
                    if (cells.TryGetValue((x, y), out var list))
                        foreach (int j in list)
                        {
                            double d2 = (dx[j] - tx[i]) * (dx[j] - tx[i]) + (dy[j] - ty[i]) * (dy[j] - ty[i]);
                            if (d2 < Gate * Gate) row.Add((j, d2));
                        }
            row.Sort((a, b) => a.Column.CompareTo(b.Column));
            foreach (var (j, d2) in row) _matrix.Add(j, d2);
        }
        _rowToColumn = new int[Rows];
        Console.WriteLine($"// {Rows} rows, {columns} columns, {_matrix.EntryCount / (double)Rows:0.00} gated entries per row");
        _solver.Solve(_matrix, Gate * Gate / 2, Gate * Gate / 2, _rowToColumn); // warm the workspace
    }

    [Benchmark]
    public double Solve() => _solver.Solve(_matrix, Gate * Gate / 2, Gate * Gate / 2, _rowToColumn);
}
