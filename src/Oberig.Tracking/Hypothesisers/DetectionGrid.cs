namespace Oberig.Tracking.Hypothesisers;

/// <summary>
/// A uniform grid over the first one to three components of a scan's measurements, keyed by cell: the detections are
/// sorted by cell key and an open-addressing table maps each occupied cell to its run in that order. Built once per
/// scan in O(M log M); a query visits only the cells that overlap a box. Arrays grow to the largest scan and are
/// reused, so building and querying allocate nothing in steady state.
/// </summary>
internal sealed class DetectionGrid
{
    private const long Empty = long.MinValue;
    private const int Bits = 21;
    private const long Offset = 1L << (Bits - 1);

    private long[] _keys = [];
    private int[] _order = [];
    private long[] _tableKeys = [];
    private int[] _tableStart = [], _tableEnd = [];
    private int _mask, _count, _axes;
    private readonly double[] _cell = new double[3];
    private readonly long[] _min = new long[3], _max = new long[3];

    public int Axes => _axes;

    /// <summary>Indices of detections in cell order; a cell's run is [start, end) of <see cref="Lookup"/>.</summary>
    public ReadOnlySpan<int> Order => _order.AsSpan(0, _count);

    public double CellSize(int axis) => _cell[axis];
    public long MinCell(int axis) => _min[axis];
    public long MaxCell(int axis) => _max[axis];

    /// <summary>Indexes <paramref name="count"/> measurements of dimension <paramref name="m"/> on cells of the given sizes.</summary>
    public void Build(ReadOnlySpan<double> detections, int count, int m, int axes, ReadOnlySpan<double> cellSizes)
    {
        _axes = axes;
        _count = count;
        for (int a = 0; a < axes; a++) { _cell[a] = cellSizes[a]; _min[a] = long.MaxValue; _max[a] = long.MinValue; }
        if (_keys.Length < count) { _keys = new long[Math.Max(count, 2 * _keys.Length)]; _order = new int[_keys.Length]; }
        var keys = _keys.AsSpan(0, count);
        var order = _order.AsSpan(0, count);
        for (int j = 0; j < count; j++)
        {
            long key = 0;
            for (int a = 0; a < axes; a++)
            {
                long c = Cell(detections[j * m + a], _cell[a]);
                if (c < _min[a]) _min[a] = c;
                if (c > _max[a]) _max[a] = c;
                key = (key << Bits) | (c + Offset);
            }
            keys[j] = key;
            order[j] = j;
        }
        keys.Sort(order);

        int size = 16;
        while (size < 2 * count) size <<= 1;
        if (_tableKeys.Length < size) { _tableKeys = new long[size]; _tableStart = new int[size]; _tableEnd = new int[size]; }
        _mask = size - 1;
        _tableKeys.AsSpan(0, size).Fill(Empty);
        for (int s = 0; s < count;)
        {
            int e = s + 1;
            while (e < count && keys[e] == keys[s]) e++;
            int slot = Slot(keys[s]);
            while (_tableKeys[slot] != Empty) slot = (slot + 1) & _mask;
            _tableKeys[slot] = keys[s];
            _tableStart[slot] = s;
            _tableEnd[slot] = e;
            s = e;
        }
    }

    /// <summary>The run [start, end) in <see cref="Order"/> of the cell with these indices; empty when unoccupied.</summary>
    public (int Start, int End) Lookup(long c0, long c1, long c2)
    {
        long key = c0 + Offset;
        if (_axes > 1) key = (key << Bits) | (c1 + Offset);
        if (_axes > 2) key = (key << Bits) | (c2 + Offset);
        for (int slot = Slot(key); ; slot = (slot + 1) & _mask)
        {
            long k = _tableKeys[slot];
            if (k == key) return (_tableStart[slot], _tableEnd[slot]);
            if (k == Empty) return (0, 0);
        }
    }

    /// <summary>Cell index of a coordinate, clamped to 21 bits (cells a million widths from the origin merge: harmless, the exact test decides).</summary>
    public static long Cell(double x, double size) => (long)Math.Clamp(Math.Floor(x / size), -Offset + 2, Offset - 2);

    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15UL)) >> 40) & _mask;
}
