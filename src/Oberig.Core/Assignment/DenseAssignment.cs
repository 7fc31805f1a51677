namespace Oberig.Core.Assignment;

/// <summary>
/// Minimum-cost assignment on a dense row-major cost matrix, O(n^3): the shortest augmenting path method of Jonker
/// and Volgenant (1987) in the rectangular form of Crouse (2016), with Dijkstra by linear scan over the columns. For
/// small problems (a few hundred rows) and as an independent check of <see cref="LinearAssignment"/>. An entry of
/// <see cref="double.PositiveInfinity"/> forbids its pair. An instance is a reusable workspace, not thread-safe.
/// </summary>
public sealed class DenseAssignment
{
    private double[] _a = [], _u = [], _v = [], _shortest = [];
    private int[] _path = [], _col4Row = [], _row4Col = [], _remaining = [];
    private bool[] _rowSeen = [], _colSeen = [];

    /// <summary>
    /// Assigns every row when <paramref name="rows"/> &lt;= <paramref name="columns"/>, else every column, at least total
    /// cost; writes each row's column (or -1) into <paramref name="rowToColumn"/> and returns the total.
    /// </summary>
    /// <exception cref="InvalidOperationException">The forbidden pairs leave no complete assignment.</exception>
    public double Solve(ReadOnlySpan<double> costs, int rows, int columns, Span<int> rowToColumn)
    {
        Check(costs, rows, columns, rowToColumn);
        bool transpose = rows > columns;
        int n1 = transpose ? columns : rows, n2 = transpose ? rows : columns;
        EnsureCapacity(n1, n2);
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
            {
                double x = costs[i * columns + j];
                if (double.IsNaN(x) || double.IsNegativeInfinity(x)) throw new ArgumentException("costs must be finite or +infinity", nameof(costs));
                _a[transpose ? j * n2 + i : i * n2 + j] = x;
            }
        double total = Core(n1, n2);
        if (transpose)
        {
            rowToColumn.Fill(-1);
            for (int j = 0; j < n1; j++) rowToColumn[_col4Row[j]] = j;
        }
        else _col4Row.AsSpan(0, rows).CopyTo(rowToColumn);
        return total;
    }

    /// <summary>
    /// The global-nearest-neighbour form, as <see cref="LinearAssignment"/> solves it: each row and column may stay
    /// unassigned at its own finite cost; +infinity entries are forbidden pairs. Solved as the square problem of size
    /// rows + columns with a dummy column per row, a dummy row per column and a zero dummy-dummy block. Writes each row's
    /// column or -1 and returns the total (assigned costs plus unassigned costs).
    /// </summary>
    public double Solve(ReadOnlySpan<double> costs, int rows, int columns, ReadOnlySpan<double> rowUnassignedCost,
        ReadOnlySpan<double> columnUnassignedCost, Span<int> rowToColumn)
    {
        Check(costs, rows, columns, rowToColumn);
        if (rowUnassignedCost.Length != rows) throw new ArgumentException($"needs {rows} row costs", nameof(rowUnassignedCost));
        if (columnUnassignedCost.Length != columns) throw new ArgumentException($"needs {columns} column costs", nameof(columnUnassignedCost));
        int n = rows + columns;
        EnsureCapacity(n, n);
        var a = _a.AsSpan(0, n * n);
        a.Fill(double.PositiveInfinity);
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                double x = costs[i * columns + j];
                if (double.IsNaN(x) || double.IsNegativeInfinity(x)) throw new ArgumentException("costs must be finite or +infinity", nameof(costs));
                a[i * n + j] = x;
            }
            if (!double.IsFinite(rowUnassignedCost[i])) throw new ArgumentException("unassigned costs must be finite", nameof(rowUnassignedCost));
            a[i * n + columns + i] = rowUnassignedCost[i];
        }
        for (int j = 0; j < columns; j++)
        {
            if (!double.IsFinite(columnUnassignedCost[j])) throw new ArgumentException("unassigned costs must be finite", nameof(columnUnassignedCost));
            a[(rows + j) * n + j] = columnUnassignedCost[j];
            a.Slice((rows + j) * n + columns, rows).Clear();
        }
        double total = Core(n, n);
        for (int i = 0; i < rows; i++) rowToColumn[i] = _col4Row[i] < columns ? _col4Row[i] : -1;
        return total;
    }

    private static void Check(ReadOnlySpan<double> costs, int rows, int columns, Span<int> rowToColumn)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        if (costs.Length != rows * columns) throw new ArgumentException($"needs {rows} x {columns} costs, got {costs.Length}", nameof(costs));
        if (rowToColumn.Length != rows) throw new ArgumentException($"needs length {rows}", nameof(rowToColumn));
    }

    private void EnsureCapacity(int n1, int n2)
    {
        if (_a.Length < n1 * n2) _a = new double[LinearAssignment.Grow(_a.Length, n1 * n2)];
        int n = Math.Max(n1, n2);
        if (_u.Length < n)
        {
            int size = LinearAssignment.Grow(_u.Length, n);
            _u = new double[size]; _v = new double[size]; _shortest = new double[size];
            _path = new int[size]; _col4Row = new int[size]; _row4Col = new int[size]; _remaining = new int[size];
            _rowSeen = new bool[size]; _colSeen = new bool[size];
        }
    }

    /// <summary>Assigns all n1 rows of the n1 x n2 matrix in _a (n1 &lt;= n2); returns the total cost.</summary>
    private double Core(int n1, int n2)
    {
        var a = _a;
        _u.AsSpan(0, n1).Clear();
        _v.AsSpan(0, n2).Clear();
        _col4Row.AsSpan(0, n1).Fill(-1);
        _row4Col.AsSpan(0, n2).Fill(-1);

        for (int cur = 0; cur < n1; cur++)
        {
            for (int j = 0; j < n2; j++) _remaining[j] = n2 - 1 - j;
            int remaining = n2;
            _rowSeen.AsSpan(0, n1).Clear();
            _colSeen.AsSpan(0, n2).Clear();
            _shortest.AsSpan(0, n2).Fill(double.PositiveInfinity);

            double minVal = 0;
            int i = cur, sink = -1;
            while (sink < 0)
            {
                _rowSeen[i] = true;
                double lowest = double.PositiveInfinity;
                int at = -1;
                for (int it = 0; it < remaining; it++)
                {
                    int j = _remaining[it];
                    double reduced = minVal + a[i * n2 + j] - _u[i] - _v[j];
                    if (reduced < _shortest[j]) { _path[j] = i; _shortest[j] = reduced; }
                    if (_shortest[j] < lowest || (_shortest[j] == lowest && _row4Col[j] < 0)) { lowest = _shortest[j]; at = it; }
                }
                minVal = lowest;
                if (double.IsPositiveInfinity(minVal)) throw new InvalidOperationException("No complete assignment avoids the forbidden pairs.");
                int jj = _remaining[at];
                if (_row4Col[jj] < 0) sink = jj; else i = _row4Col[jj];
                _colSeen[jj] = true;
                _remaining[at] = _remaining[--remaining];
            }

            _u[cur] += minVal;
            for (int r = 0; r < n1; r++)
                if (_rowSeen[r] && r != cur) _u[r] += minVal - _shortest[_col4Row[r]];
            for (int j = 0; j < n2; j++)
                if (_colSeen[j]) _v[j] -= minVal - _shortest[j];

            int col = sink;
            while (true)
            {
                int row = _path[col];
                _row4Col[col] = row;
                (_col4Row[row], col) = (col, _col4Row[row]);
                if (row == cur) break;
            }
        }

        double total = 0;
        for (int r = 0; r < n1; r++) total += a[r * n2 + _col4Row[r]];
        return total;
    }
}
