namespace Oberig.Core.Assignment;

/// <summary>
/// Costs of the allowed (gated) row-column pairs of an assignment problem in compressed sparse row form: row starts,
/// column indices and costs. Rows are, for example, tracks and columns measurements; a pair not stored may never be
/// assigned. Built row by row (<see cref="AddRow"/> then <see cref="Add"/> for each entry of that row) into arrays that
/// grow geometrically and are kept across <see cref="Clear"/>, so refilling it every scan allocates nothing once it has
/// seen its largest problem.
/// </summary>
public sealed class SparseCostMatrix
{
    private int[] _rowStart;
    private int[] _columns;
    private double[] _costs;
    private int _rows;
    private int _entries;

    /// <summary>An empty matrix with room for the given numbers of rows and entries before it must grow.</summary>
    public SparseCostMatrix(int columnCount = 0, int rowCapacity = 16, int entryCapacity = 64)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(columnCount);
        ArgumentOutOfRangeException.ThrowIfNegative(rowCapacity);
        ArgumentOutOfRangeException.ThrowIfNegative(entryCapacity);
        _rowStart = new int[rowCapacity + 1];
        _columns = new int[entryCapacity];
        _costs = new double[entryCapacity];
        ColumnCount = columnCount;
    }

    /// <summary>Number of rows added since the last <see cref="Clear"/>.</summary>
    public int RowCount => _rows;

    /// <summary>Number of columns; every stored column index is below it.</summary>
    public int ColumnCount { get; private set; }

    /// <summary>Number of stored (allowed) pairs.</summary>
    public int EntryCount => _entries;

    /// <summary>Row start offsets, <see cref="RowCount"/> + 1 of them: row i owns entries [RowStarts[i], RowStarts[i+1]).</summary>
    public ReadOnlySpan<int> RowStarts => _rowStart.AsSpan(0, _rows + 1);

    /// <summary>Column index of each stored entry, row by row.</summary>
    public ReadOnlySpan<int> Columns => _columns.AsSpan(0, _entries);

    /// <summary>Cost of each stored entry, row by row.</summary>
    public ReadOnlySpan<double> Costs => _costs.AsSpan(0, _entries);

    /// <summary>Column indices of row <paramref name="row"/>'s entries.</summary>
    public ReadOnlySpan<int> RowColumns(int row) => _columns.AsSpan(_rowStart[row], _rowStart[row + 1] - _rowStart[row]);

    /// <summary>Costs of row <paramref name="row"/>'s entries, in the order of <see cref="RowColumns"/>.</summary>
    public ReadOnlySpan<double> RowCosts(int row) => _costs.AsSpan(_rowStart[row], _rowStart[row + 1] - _rowStart[row]);

    /// <summary>Empties the matrix and sets its number of columns; keeps the storage.</summary>
    public void Clear(int columnCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(columnCount);
        ColumnCount = columnCount;
        _rows = 0;
        _entries = 0;
        _rowStart[0] = 0;
    }

    /// <summary>Starts a new row (with no entries yet) and returns its index.</summary>
    public int AddRow()
    {
        if (_rows + 2 > _rowStart.Length) Array.Resize(ref _rowStart, Math.Max(2 * _rowStart.Length, 4));
        _rows++;
        _rowStart[_rows] = _entries;
        return _rows - 1;
    }

    /// <summary>Allows the pair (last added row, <paramref name="column"/>) at a finite <paramref name="cost"/>.</summary>
    /// <remarks>A column should appear at most once per row; a repeated pair is kept and the cheaper copy wins.</remarks>
    public void Add(int column, double cost)
    {
        if (_rows == 0) throw new InvalidOperationException("AddRow must be called before Add.");
        if ((uint)column >= (uint)ColumnCount)
            throw new ArgumentOutOfRangeException(nameof(column), column, $"must be in [0, {ColumnCount})");
        if (!double.IsFinite(cost)) throw new ArgumentOutOfRangeException(nameof(cost), cost, "must be finite");
        if (_entries == _columns.Length)
        {
            int capacity = Math.Max(2 * _columns.Length, 16);
            Array.Resize(ref _columns, capacity);
            Array.Resize(ref _costs, capacity);
        }
        _columns[_entries] = column;
        _costs[_entries] = cost;
        _entries++;
        _rowStart[_rows] = _entries;
    }

    /// <summary>Adds <paramref name="count"/> rows with no entries (rows that may only stay unassigned).</summary>
    public void AddEmptyRows(int count)
    {
        for (int i = 0; i < count; i++) AddRow();
    }
}
