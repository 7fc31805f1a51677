namespace Oberig.Core.Assignment;

/// <summary>
/// Minimum-cost rectangular assignment on a sparse (gated) cost matrix in which every row and every column may also
/// stay unassigned at its own cost: the global-nearest-neighbour problem, where leaving a track unassigned costs a
/// missed detection and leaving a measurement unassigned costs a false alarm or a new track. The total minimised is
/// the sum of the costs of the assigned pairs plus the unassigned costs of the rows and columns left out.
/// </summary>
/// <remarks>
/// <para>Formulation: the problem is the square one of size R + C obtained by giving each row i a private "unassigned"
/// column i' at cost u_i, each column j a private "unassigned" row j' at cost v_j, and joining j' to i' at cost 0
/// wherever (i, j) is allowed (the standard augmentation, kept sparse: the dummy block copies the gating pattern, which
/// is all a perfect matching of the augmented graph ever needs). The dummy entries are enumerated on the fly, never
/// stored.</para>
/// <para>Method: successive shortest augmenting paths with column potentials (Jonker and Volgenant 1987, in the
/// form Crouse 2016 gives for rectangular problems): for each free row, Dijkstra over reduced costs finds the cheapest
/// alternating path to a free column, the potentials of the columns it settled are lowered so reduced costs stay
/// non-negative, and the path is flipped. The search uses a binary heap keyed by distance, a free column winning ties,
/// and stops at the first free column it settles, so it only visits the neighbourhood of its row: it never leaves the
/// connected component of the gating graph it starts in (so splitting into components first would change nothing), and
/// the private unassigned column of every row bounds how far it has to look. With a bounded number of gated entries per
/// row the cost grows about linearly with the number of rows.</para>
/// <para>An instance is a reusable workspace, not thread-safe: its arrays grow to the largest problem seen and repeated
/// solves allocate nothing after that.</para>
/// </remarks>
public sealed class LinearAssignment
{
    private const byte Untouched = 0, Queued = 1, Settled = 2;

    // Problem sizes of the current solve: R real rows (dummy rows follow at R + j), C real columns (dummy columns at C + i).
    private int _r, _c;
    private SparseCostMatrix _m = null!;
    private double[] _rowMiss = [], _colMiss = [];

    // Column-major copy of the gating pattern (rows of each column), for the dummy rows' entries.
    private int[] _colStart = [], _colRows = [];

    // Per column node (C + R of them).
    private double[] _v = [], _d = [], _predCost = [];
    private int[] _owner = [], _pred = [], _heap = [], _heapPos = [], _touched = [];
    private byte[] _state = [];
    private int _heapCount, _touchedCount;

    // Per row node (R + C of them).
    private int[] _rowCol = [];
    private double[] _rowCost = [];

    /// <summary>Solves with the same unassigned cost for every row and for every column.</summary>
    public double Solve(SparseCostMatrix costs, double rowUnassignedCost, double columnUnassignedCost,
        Span<int> rowToColumn, Span<int> columnToRow = default)
    {
        ArgumentNullException.ThrowIfNull(costs);
        EnsureMissCapacity(costs.RowCount, costs.ColumnCount);
        _rowMiss.AsSpan(0, costs.RowCount).Fill(rowUnassignedCost);
        _colMiss.AsSpan(0, costs.ColumnCount).Fill(columnUnassignedCost);
        return Solve(costs, _rowMiss.AsSpan(0, costs.RowCount), _colMiss.AsSpan(0, costs.ColumnCount), rowToColumn, columnToRow);
    }

    /// <summary>
    /// Finds the assignment of least total cost. Writes the column assigned to each row, or -1, into
    /// <paramref name="rowToColumn"/> (length <see cref="SparseCostMatrix.RowCount"/>) and, when given, the row assigned
    /// to each column, or -1, into <paramref name="columnToRow"/> (length <see cref="SparseCostMatrix.ColumnCount"/>).
    /// Returns the total: assigned pair costs plus the unassigned costs of the rows and columns left out.
    /// </summary>
    /// <param name="costs">Allowed pairs and their costs (any sign).</param>
    /// <param name="rowUnassignedCost">Cost of leaving each row unassigned (finite, any sign).</param>
    /// <param name="columnUnassignedCost">Cost of leaving each column unassigned (finite, any sign).</param>
    /// <param name="rowToColumn">Receives the solution by row.</param>
    /// <param name="columnToRow">Receives the solution by column; may be empty when not wanted.</param>
    public double Solve(SparseCostMatrix costs, ReadOnlySpan<double> rowUnassignedCost,
        ReadOnlySpan<double> columnUnassignedCost, Span<int> rowToColumn, Span<int> columnToRow = default)
    {
        ArgumentNullException.ThrowIfNull(costs);
        int r = costs.RowCount, c = costs.ColumnCount;
        if (rowUnassignedCost.Length != r) throw new ArgumentException($"needs {r} row costs, got {rowUnassignedCost.Length}", nameof(rowUnassignedCost));
        if (columnUnassignedCost.Length != c) throw new ArgumentException($"needs {c} column costs, got {columnUnassignedCost.Length}", nameof(columnUnassignedCost));
        if (rowToColumn.Length != r) throw new ArgumentException($"needs length {r}, got {rowToColumn.Length}", nameof(rowToColumn));
        if (columnToRow.Length != 0 && columnToRow.Length != c) throw new ArgumentException($"needs length {c} or 0, got {columnToRow.Length}", nameof(columnToRow));
        foreach (double x in rowUnassignedCost) if (!double.IsFinite(x)) throw new ArgumentException("unassigned costs must be finite", nameof(rowUnassignedCost));
        foreach (double x in columnUnassignedCost) if (!double.IsFinite(x)) throw new ArgumentException("unassigned costs must be finite", nameof(columnUnassignedCost));

        Prepare(costs, rowUnassignedCost, columnUnassignedCost);
        var rowStart = costs.RowStarts;

        // Rows and columns without any gated entry can only stay unassigned: settle them without a search.
        for (int i = 0; i < r; i++)
            if (rowStart[i + 1] == rowStart[i]) Assign(i, c + i, _rowMiss[i]);
        for (int j = 0; j < c; j++)
            if (_colStart[j + 1] == _colStart[j]) Assign(r + j, j, _colMiss[j]);

        for (int i = 0; i < r; i++)
            if (_rowCol[i] < 0) Augment(i);
        for (int j = 0; j < c; j++)
            if (_rowCol[r + j] < 0) Augment(r + j);

        double total = 0;
        for (int i = 0; i < r + c; i++) total += _rowCost[i];
        for (int i = 0; i < r; i++) rowToColumn[i] = _rowCol[i] < c ? _rowCol[i] : -1;
        if (columnToRow.Length == c)
            for (int j = 0; j < c; j++) columnToRow[j] = _owner[j] < r ? _owner[j] : -1;
        _m = null!;
        return total;
    }

    /// <summary>
    /// After a <see cref="Solve(SparseCostMatrix, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{int}, Span{int})"/>:
    /// the least reduced cost, under that solve's optimal duals, of allowing the pair (<paramref name="row"/>,
    /// <paramref name="column"/>) at <paramref name="cost"/> (with its dummy pair). Non-negative means the last
    /// solution stays optimal with the pair allowed; negative means the pair could improve it (pricing for column
    /// generation: add the pairs with negative values and solve again).
    /// </summary>
    public double ReducedCost(int row, int column, double cost)
    {
        if ((uint)row >= (uint)_r || (uint)column >= (uint)_c) throw new ArgumentOutOfRangeException(nameof(row), "no such pair in the last solve");
        double real = cost - _v[column] - (_rowCost[row] - _v[_rowCol[row]]);
        int dummyRow = _r + column;
        double dummy = -_v[_c + row] - (_rowCost[dummyRow] - _v[_rowCol[dummyRow]]);
        return Math.Min(real, dummy);
    }

    private void Assign(int row, int col, double cost)
    {
        _rowCol[row] = col;
        _rowCost[row] = cost;
        _owner[col] = row;
    }

    private void EnsureMissCapacity(int r, int c)
    {
        if (_rowMiss.Length < r) _rowMiss = new double[Grow(_rowMiss.Length, r)];
        if (_colMiss.Length < c) _colMiss = new double[Grow(_colMiss.Length, c)];
    }

    internal static int Grow(int have, int need) => (int)Math.Max(need, Math.Min(2L * have, Array.MaxLength));

    private void Prepare(SparseCostMatrix m, ReadOnlySpan<double> rowMiss, ReadOnlySpan<double> colMiss)
    {
        int r = m.RowCount, c = m.ColumnCount, n = r + c, e = m.EntryCount;
        _r = r; _c = c; _m = m;
        EnsureMissCapacity(r, c);
        // The spans may alias the workspace's own arrays (scalar overload); copying onto itself is harmless.
        rowMiss.CopyTo(_rowMiss);
        colMiss.CopyTo(_colMiss);

        if (_v.Length < n)
        {
            int size = Grow(_v.Length, n);
            _v = new double[size]; _d = new double[size]; _predCost = new double[size];
            _owner = new int[size]; _pred = new int[size]; _heap = new int[size]; _heapPos = new int[size];
            _touched = new int[size]; _state = new byte[size];
            _rowCol = new int[size]; _rowCost = new double[size];
        }
        if (_colStart.Length < c + 1) _colStart = new int[Grow(_colStart.Length, c + 1)];
        if (_colRows.Length < e) _colRows = new int[Grow(_colRows.Length, e)];

        _v.AsSpan(0, n).Clear();
        _state.AsSpan(0, n).Clear();
        _owner.AsSpan(0, n).Fill(-1);
        _rowCol.AsSpan(0, n).Fill(-1);
        _rowCost.AsSpan(0, n).Clear();
        _heapCount = 0;
        _touchedCount = 0;

        // Transpose the pattern by counting sort.
        var colStart = _colStart.AsSpan(0, c + 1);
        colStart.Clear();
        var columns = m.Columns;
        foreach (int j in columns) colStart[j + 1]++;
        for (int j = 0; j < c; j++) colStart[j + 1] += colStart[j];
        var rowStart = m.RowStarts;
        for (int i = 0; i < r; i++)
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++)
                _colRows[colStart[columns[k]]++] = i;
        for (int j = c; j > 0; j--) colStart[j] = colStart[j - 1];
        colStart[0] = 0;
    }

    /// <summary>One shortest augmenting path from free row node <paramref name="start"/>, then the flip.</summary>
    private void Augment(int start)
    {
        Relax(start, 0);
        int sink;
        while (true)
        {
            if (_heapCount == 0) throw new InvalidOperationException("No augmenting path: the augmented problem is always feasible, so this is a bug.");
            int j = Pop();
            _state[j] = Settled;
            if (_owner[j] < 0) { sink = j; break; }
            int k = _owner[j];
            double uK = _rowCost[k] - _v[j];
            Relax(k, _d[j] - uK);
        }

        double shortest = _d[sink];
        for (int t = 0; t < _touchedCount; t++)
        {
            int j = _touched[t];
            if (_state[j] == Settled) _v[j] += _d[j] - shortest;
            _state[j] = Untouched;
        }
        _touchedCount = 0;
        _heapCount = 0;

        int col = sink;
        while (true)
        {
            int row = _pred[col];
            int previous = _rowCol[row];
            Assign(row, col, _predCost[col]);
            if (row == start) break;
            col = previous;
        }
    }

    /// <summary>Offers every entry of row node <paramref name="row"/> at distance <paramref name="offset"/> + reduced cost.</summary>
    private void Relax(int row, double offset)
    {
        int r = _r, c = _c;
        if (row < r)
        {
            var rowStart = _m.RowStarts;
            var columns = _m.Columns;
            var costs = _m.Costs;
            for (int k = rowStart[row]; k < rowStart[row + 1]; k++)
            {
                int j = columns[k];
                Offer(j, offset + costs[k] - _v[j], row, costs[k]);
            }
            Offer(c + row, offset + _rowMiss[row] - _v[c + row], row, _rowMiss[row]);
        }
        else
        {
            int j = row - r;
            Offer(j, offset + _colMiss[j] - _v[j], row, _colMiss[j]);
            for (int k = _colStart[j]; k < _colStart[j + 1]; k++)
            {
                int dummy = c + _colRows[k];
                Offer(dummy, offset - _v[dummy], row, 0);
            }
        }
    }

    private void Offer(int col, double distance, int row, double cost)
    {
        byte s = _state[col];
        if (s == Settled) return;
        if (s == Untouched)
        {
            _state[col] = Queued;
            _touched[_touchedCount++] = col;
            _d[col] = distance; _pred[col] = row; _predCost[col] = cost;
            _heap[_heapCount] = col;
            _heapPos[col] = _heapCount;
            _heapCount++;
            SiftUp(_heapCount - 1);
        }
        else if (distance < _d[col])
        {
            _d[col] = distance; _pred[col] = row; _predCost[col] = cost;
            SiftUp(_heapPos[col]);
        }
    }

    // Heap order: smaller distance first; at equal distance a free column first, so a search ends as soon as it can.
    private bool Before(int a, int b) => _d[a] < _d[b] || (_d[a] == _d[b] && _owner[a] < 0 && _owner[b] >= 0);

    private void SiftUp(int i)
    {
        int x = _heap[i];
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            int p = _heap[parent];
            if (!Before(x, p)) break;
            _heap[i] = p; _heapPos[p] = i;
            i = parent;
        }
        _heap[i] = x; _heapPos[x] = i;
    }

    private int Pop()
    {
        int top = _heap[0];
        int last = _heap[--_heapCount];
        if (_heapCount > 0)
        {
            int i = 0;
            while (true)
            {
                int child = 2 * i + 1;
                if (child >= _heapCount) break;
                int h = _heap[child];
                if (child + 1 < _heapCount && Before(_heap[child + 1], h)) { child++; h = _heap[child]; }
                if (!Before(h, last)) break;
                _heap[i] = h; _heapPos[h] = i;
                i = child;
            }
            _heap[i] = last; _heapPos[last] = i;
        }
        return top;
    }
}
