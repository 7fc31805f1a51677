using Oberig.Core.Assignment;
using Oberig.Core.Random;

namespace Oberig.Core.Tests.Assignment;

/// <summary>A small GNN-form problem: dense costs with +infinity for pairs not gated, and unassigned costs.</summary>
internal sealed record AssignmentInstance(int Rows, int Columns, double[] Costs, double[] RowMiss, double[] ColumnMiss)
{
    public SparseCostMatrix ToSparse(SparseCostMatrix? into = null)
    {
        var m = into ?? new SparseCostMatrix(Columns);
        m.Clear(Columns);
        for (int i = 0; i < Rows; i++)
        {
            m.AddRow();
            for (int j = 0; j < Columns; j++)
                if (double.IsFinite(Costs[i * Columns + j])) m.Add(j, Costs[i * Columns + j]);
        }
        return m;
    }

    /// <summary>Total cost of an assignment, checking it is one: each column used once at most, gated pairs only.</summary>
    public double CostOf(ReadOnlySpan<int> rowToColumn)
    {
        var used = new bool[Columns];
        double total = 0;
        for (int i = 0; i < Rows; i++)
        {
            int j = rowToColumn[i];
            if (j < 0) { total += RowMiss[i]; continue; }
            Assert.False(used[j], $"column {j} assigned twice");
            used[j] = true;
            Assert.True(double.IsFinite(Costs[i * Columns + j]), $"pair ({i}, {j}) is not gated");
            total += Costs[i * Columns + j];
        }
        for (int j = 0; j < Columns; j++) if (!used[j]) total += ColumnMiss[j];
        return total;
    }

    /// <summary>Least total over every assignment, by exhaustive search (rows choose a free gated column or none).</summary>
    public double BruteForce()
    {
        var used = new bool[Columns];
        double best = double.PositiveInfinity;
        void Go(int i, double sum)
        {
            if (i == Rows)
            {
                double total = sum;
                for (int j = 0; j < Columns; j++) if (!used[j]) total += ColumnMiss[j];
                best = Math.Min(best, total);
                return;
            }
            Go(i + 1, sum + RowMiss[i]);
            for (int j = 0; j < Columns; j++)
            {
                double c = Costs[i * Columns + j];
                if (used[j] || !double.IsFinite(c)) continue;
                used[j] = true;
                Go(i + 1, sum + c);
                used[j] = false;
            }
        }
        Go(0, 0);
        return best;
    }

    public static AssignmentInstance Random(RandomStream rng, int rows, int columns, double density)
    {
        var costs = new double[rows * columns];
        for (int k = 0; k < costs.Length; k++)
            costs[k] = rng.NextDouble() < density ? rng.NextDouble(-5, 20) : double.PositiveInfinity;
        var rowMiss = new double[rows];
        var colMiss = new double[columns];
        for (int i = 0; i < rows; i++) rowMiss[i] = rng.NextDouble(0, 10);
        for (int j = 0; j < columns; j++) colMiss[j] = rng.NextDouble(0, 10);
        return new AssignmentInstance(rows, columns, costs, rowMiss, colMiss);
    }
}
