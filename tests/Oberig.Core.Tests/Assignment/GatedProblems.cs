using Oberig.Core.Assignment;
using Oberig.Core.Random;

namespace Oberig.Core.Tests.Assignment;

/// <summary>
/// Tracker-like sparse problems: targets scattered over a square whose side gives about five targets within a gate of
/// each other, detections at the targets plus noise, pairs gated by distance, cost the squared distance.
/// </summary>
internal static class GatedProblems
{
    private const double Gate = 10, Noise = 2;

    public static void Fill(SparseCostMatrix m, RandomStream rng, int rows, int columns, out double[] rowMiss, out double[] colMiss)
    {
        Refill(m, rng, rows, columns);
        rowMiss = new double[rows];
        colMiss = new double[columns];
        Array.Fill(rowMiss, Gate * Gate / 2);
        Array.Fill(colMiss, Gate * Gate / 2);
    }

    public static void Refill(SparseCostMatrix m, RandomStream rng, int rows, int columns)
    {
        double side = Gate * Math.Sqrt(Math.PI * rows / 5.0);
        Span<double> tx = rows <= 4096 ? stackalloc double[rows] : new double[rows];
        Span<double> ty = rows <= 4096 ? stackalloc double[rows] : new double[rows];
        for (int i = 0; i < rows; i++) { tx[i] = rng.NextDouble(0, side); ty[i] = rng.NextDouble(0, side); }
        // Detections: one per target while targets last, then clutter; a coarse grid of buckets along x finds neighbours.
        Span<double> dx = columns <= 4096 ? stackalloc double[columns] : new double[columns];
        Span<double> dy = columns <= 4096 ? stackalloc double[columns] : new double[columns];
        for (int j = 0; j < columns; j++)
        {
            if (j < rows) { dx[j] = tx[j] + Noise * rng.NextGaussian(); dy[j] = ty[j] + Noise * rng.NextGaussian(); }
            else { dx[j] = rng.NextDouble(0, side); dy[j] = rng.NextDouble(0, side); }
        }
        m.Clear(columns);
        for (int i = 0; i < rows; i++)
        {
            m.AddRow();
            for (int j = 0; j < columns; j++)
            {
                double ex = dx[j] - tx[i];
                if (ex > Gate || ex < -Gate) continue;
                double d2 = ex * ex + (dy[j] - ty[i]) * (dy[j] - ty[i]);
                if (d2 < Gate * Gate) m.Add(j, d2);
            }
        }
    }
}
