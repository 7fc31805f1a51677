using CsCheck;
using Oberig.Core.Assignment;
using Oberig.Core.Random;

namespace Oberig.Core.Tests.Assignment;

public class LinearAssignmentTests
{
    // Small integer costs make ties common; about a third of the pairs are not gated; rows and columns may be empty.
    private static readonly Gen<AssignmentInstance> SmallIntegerInstances =
        from rows in Gen.Int[0, 5]
        from columns in Gen.Int[0, 5]
        from gated in Gen.Int[0, 2].Array[rows * columns]
        from costs in Gen.Int[-6, 12].Array[rows * columns]
        from rowMiss in Gen.Int[-3, 8].Array[rows]
        from colMiss in Gen.Int[-3, 8].Array[columns]
        select new AssignmentInstance(rows, columns,
            costs.Select((c, k) => gated[k] == 0 ? double.PositiveInfinity : c).ToArray(),
            rowMiss.Select(x => (double)x).ToArray(), colMiss.Select(x => (double)x).ToArray());

    private static readonly Gen<AssignmentInstance> SmallRealInstances =
        from rows in Gen.Int[0, 6]
        from columns in Gen.Int[0, 6]
        from gated in Gen.Bool.Array[rows * columns]
        from costs in Gen.Double[-10, 30].Array[rows * columns]
        from rowMiss in Gen.Double[0, 15].Array[rows]
        from colMiss in Gen.Double[0, 15].Array[columns]
        select new AssignmentInstance(rows, columns,
            costs.Select((c, k) => gated[k] ? c : double.PositiveInfinity).ToArray(), rowMiss, colMiss);

    [Fact]
    public void SparseSolverMatchesBruteForceOnSmallIntegerInstancesWithTies()
    {
        SmallIntegerInstances.Sample(p =>
        {
            var solver = new LinearAssignment(); // Sample runs on several threads; a workspace is not thread-safe
            var rowToColumn = new int[p.Rows];
            double total = solver.Solve(p.ToSparse(), p.RowMiss, p.ColumnMiss, rowToColumn);
            Near.Equal(p.BruteForce(), total);
            Near.Equal(total, p.CostOf(rowToColumn));
        }, iter: 1000);
    }

    [Fact]
    public void SparseSolverMatchesBruteForceOnSmallRealInstances()
    {
        SmallRealInstances.Sample(p =>
        {
            var solver = new LinearAssignment();
            var rowToColumn = new int[p.Rows];
            var columnToRow = new int[p.Columns];
            double total = solver.Solve(p.ToSparse(), p.RowMiss, p.ColumnMiss, rowToColumn, columnToRow);
            Near.Equal(p.BruteForce(), total);
            Near.Equal(total, p.CostOf(rowToColumn));
            for (int i = 0; i < p.Rows; i++) if (rowToColumn[i] >= 0) Assert.Equal(i, columnToRow[rowToColumn[i]]);
            Assert.Equal(rowToColumn.Count(j => j >= 0), columnToRow.Count(i => i >= 0));
        }, iter: 1000);
    }

    [Fact]
    public void DenseSolverMatchesBruteForceOnSmallInstances()
    {
        SmallIntegerInstances.Sample(p =>
        {
            var solver = new DenseAssignment();
            var rowToColumn = new int[p.Rows];
            double total = solver.Solve(p.Costs, p.Rows, p.Columns, p.RowMiss, p.ColumnMiss, rowToColumn);
            Near.Equal(p.BruteForce(), total);
            Near.Equal(total, p.CostOf(rowToColumn));
        }, iter: 500);
    }

    [Fact]
    public void DenseCompleteAssignmentMatchesBruteForceOverPermutations()
    {
        // Without unassigned options: all rows (or all columns, when wider than tall) must be assigned.
        var gen = from rows in Gen.Int[1, 5] from columns in Gen.Int[1, 5]
                  from costs in Gen.Double[-10, 10].Array[rows * columns]
                  select (rows, columns, costs);
        gen.Sample(t =>
        {
            var (rows, columns, costs) = t;
            var solver = new DenseAssignment();
            var rowToColumn = new int[rows];
            double total = solver.Solve(costs, rows, columns, rowToColumn);
            // Brute force: forbid leaving out more than |rows - columns| by making doing so cost a lot.
            var big = new double[Math.Max(rows, columns)];
            Array.Fill(big, 1e6);
            var p = new AssignmentInstance(rows, columns, costs, big[..rows], big[..columns]);
            double expected = p.BruteForce() - 1e6 * Math.Abs(rows - columns);
            Near.Equal(expected, total);
            Assert.Equal(Math.Min(rows, columns), rowToColumn.Count(j => j >= 0));
        }, iter: 500);
    }

    [Fact]
    public void DenseSolverReportsAnInfeasibleCompleteAssignment()
    {
        double inf = double.PositiveInfinity;
        double[] costs = [1, inf, 2, inf]; // both rows can only take column 0
        Assert.Throws<InvalidOperationException>(() => new DenseAssignment().Solve(costs, 2, 2, new int[2]));
    }

    [Fact]
    public void PricingByReducedCostReachesTheOptimumOverAllPairs()
    {
        // Column generation: solve on a few of the gated pairs, add those whose reduced cost is negative, repeat.
        // Pairs in the matrix never price negative, and the loop ends at the optimum over every gated pair.
        SmallRealInstances.Sample(p =>
        {
            var solver = new LinearAssignment();
            var allowed = new bool[p.Rows * p.Columns];
            for (int k = 0; k < allowed.Length; k++) allowed[k] = k % 3 == 0 && double.IsFinite(p.Costs[k]);
            var rowToColumn = new int[p.Rows];
            var matrix = new SparseCostMatrix(p.Columns);
            double total;
            while (true)
            {
                matrix.Clear(p.Columns);
                for (int i = 0; i < p.Rows; i++)
                {
                    matrix.AddRow();
                    for (int j = 0; j < p.Columns; j++) if (allowed[i * p.Columns + j]) matrix.Add(j, p.Costs[i * p.Columns + j]);
                }
                total = solver.Solve(matrix, p.RowMiss, p.ColumnMiss, rowToColumn);
                int added = 0;
                for (int k = 0; k < allowed.Length; k++)
                {
                    double reduced = solver.ReducedCost(k / p.Columns, k % p.Columns, p.Costs[k]);
                    if (allowed[k]) Assert.True(reduced > -1e-9, $"pair in the matrix prices {reduced}");
                    else if (double.IsFinite(p.Costs[k]) && reduced < -1e-9) { allowed[k] = true; added++; }
                }
                if (added == 0) break;
            }
            Near.Equal(p.BruteForce(), total);
        }, iter: 1000);
    }

    [Fact]
    public void SparseEqualsDenseOnRandomMediumInstances()
    {
        var sparse = new LinearAssignment();
        var dense = new DenseAssignment();
        var rng = new RandomStream(2024);
        var matrix = new SparseCostMatrix();
        for (int trial = 0; trial < 60; trial++)
        {
            int rows = 10 + rng.NextInt(50), columns = 10 + rng.NextInt(50);
            var p = AssignmentInstance.Random(rng, rows, columns, density: 0.03 + 0.2 * rng.NextDouble());
            var a = new int[rows];
            var b = new int[rows];
            double s = sparse.Solve(p.ToSparse(matrix), p.RowMiss, p.ColumnMiss, a);
            double d = dense.Solve(p.Costs, rows, columns, p.RowMiss, p.ColumnMiss, b);
            Near.Equal(d, s);
            Near.Equal(s, p.CostOf(a));
            Near.Equal(d, p.CostOf(b));
        }
    }

    [Fact]
    public void TextbookInstance()
    {
        // The worked example of SciPy's linear_sum_assignment documentation: rows take columns 1, 0, 2 for a total of 5.
        double[] costs = [4, 1, 3, 2, 0, 5, 3, 2, 2];
        var dense = new int[3];
        Assert.Equal(5, new DenseAssignment().Solve(costs, 3, 3, dense));
        Assert.Equal([1, 0, 2], dense);

        // The same as a sparse GNN problem where staying unassigned is dear.
        var m = new SparseCostMatrix(3);
        for (int i = 0; i < 3; i++) { m.AddRow(); for (int j = 0; j < 3; j++) m.Add(j, costs[i * 3 + j]); }
        var sparse = new int[3];
        Assert.Equal(5, new LinearAssignment().Solve(m, 100, 100, sparse));
        Assert.Equal([1, 0, 2], sparse);

        // Leaving a row and a column out at 1.5 each (3 a pair): every pair of the optimum costs less, total still 5.
        Assert.Equal(5, new LinearAssignment().Solve(m, 1.5, 1.5, sparse));
        // At 0.9 each (1.8 a pair) only row 1 -> column 1 (cost 0) pays; two rows and two columns out: 4 * 0.9 = 3.6.
        Assert.Equal(3.6, new LinearAssignment().Solve(m, 0.9, 0.9, sparse), 12);
        Assert.Equal([-1, 1, -1], sparse);
    }

    [Fact]
    public void RowsAndColumnsWithoutEntriesStayUnassigned()
    {
        var m = new SparseCostMatrix(3);
        m.AddRow();
        m.AddRow(); m.Add(1, -2);
        m.AddRow();
        var rowToColumn = new int[3];
        var columnToRow = new int[3];
        double total = new LinearAssignment().Solve(m, [1, 1, 1], [2, 2, 2], rowToColumn, columnToRow);
        Assert.Equal([-1, 1, -1], rowToColumn);
        Assert.Equal([-1, 1, -1], columnToRow);
        Assert.Equal(1 + -2 + 1 + 2 + 2, total);

        var empty = new SparseCostMatrix(0);
        Assert.Equal(0, new LinearAssignment().Solve(empty, 1, 1, Span<int>.Empty));
    }

    [Fact]
    public void RepeatedSolvesAllocateNothingAfterWarmUp()
    {
        // Several different problems through one workspace; the largest first warms it, then nothing is allocated.
        var rng = new RandomStream(5);
        var problems = new SparseCostMatrix[4];
        double[] rowMiss = [], colMiss = [];
        for (int k = 0; k < problems.Length; k++)
        {
            problems[k] = new SparseCostMatrix();
            GatedProblems.Fill(problems[k], rng, 2000 - 300 * k, 2100 - 300 * k, out var rm, out var cm);
            if (k == 0) { rowMiss = rm; colMiss = cm; }
        }
        var solver = new LinearAssignment();
        var rowToColumn = new int[2000];
        var columnToRow = new int[2100];
        solver.Solve(problems[0], rowMiss, colMiss, rowToColumn, columnToRow);

        long before = GC.GetAllocatedBytesForCurrentThread();
        double sum = 0;
        for (int k = 0; k < problems.Length; k++)
        {
            var m = problems[k];
            sum += solver.Solve(m, rowMiss.AsSpan(0, m.RowCount), colMiss.AsSpan(0, m.ColumnCount),
                rowToColumn.AsSpan(0, m.RowCount), columnToRow.AsSpan(0, m.ColumnCount));
            sum += solver.Solve(m, 3.0, 4.0, rowToColumn.AsSpan(0, m.RowCount));
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(double.IsFinite(sum));
        Assert.Equal(0, allocated);

        // Refilling a matrix that has already held a larger problem allocates nothing either.
        before = GC.GetAllocatedBytesForCurrentThread();
        GatedProblems.Refill(problems[0], rng, 1000, 1000);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void TenThousandByTenThousandWithFiveGatedEntriesPerRowSolves()
    {
        var rng = new RandomStream(10_000);
        var matrix = new SparseCostMatrix();
        GatedProblems.Fill(matrix, rng, 10_000, 10_000, out var rowMiss, out var colMiss);
        Assert.InRange(matrix.EntryCount / 10_000.0, 3, 8);
        var rowToColumn = new int[10_000];
        double total = new LinearAssignment().Solve(matrix, rowMiss, colMiss, rowToColumn);

        // A valid assignment of gated pairs whose cost is the total reported, and most rows find their column.
        var used = new bool[10_000];
        double check = 0;
        for (int i = 0; i < 10_000; i++)
        {
            int j = rowToColumn[i];
            if (j < 0) { check += rowMiss[i]; continue; }
            Assert.False(used[j]);
            used[j] = true;
            int at = matrix.RowColumns(i).IndexOf(j);
            Assert.True(at >= 0);
            check += matrix.RowCosts(i)[at];
        }
        for (int j = 0; j < 10_000; j++) if (!used[j]) check += colMiss[j];
        Near.Equal(check, total);
        Assert.True(rowToColumn.Count(j => j >= 0) > 8_000);
    }
}
