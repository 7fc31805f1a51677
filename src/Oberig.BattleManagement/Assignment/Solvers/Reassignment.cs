using Oberig.Core.Assignment;

namespace Oberig.BattleManagement.Assignment.Solvers;

/// <summary>
/// A neighbourhood searched exactly by a linear assignment: take one unit off every target that has any, and let those
/// units, plus idle ones, return to at most one target each. With one unit entering each target the change of the
/// objective is a sum over targets, S_j' (1 - p) + c - S_j' (S_j' the survival of what stays), so the best of all
/// these moves at once (cyclic and path exchanges of any length, drops and adds) is a rectangular assignment. Each
/// unit may go back to its own target, so the current solution is among the choices and a round never makes it
/// worse. Round r takes off the (r mod load)-th unit of each target, so repeated rounds try each unit in turn.
/// <para>The assignment is solved sparsely (<see cref="LinearAssignment"/>) by column generation: each unit starts
/// with its own target and the <see cref="DefaultCandidates"/> targets where it beats the unit now there by most;
/// after each solve every left-out pair is priced with the solve's duals (<see cref="LinearAssignment.ReducedCost"/>)
/// and those that could still improve it are added, until none can. The result is the optimum over all targets,
/// as the dense solve would find it, at a fraction of its O(n³). Costs are shifted so the search starts from good
/// duals: each target's column by what its current unit gains there (charged too when the target stays empty), each
/// row so its cheapest choice costs 0. When a third or more of the targets are empty (mu = 1) those prices say
/// little, pricing takes many passes, and the dense solve (<see cref="DenseAssignment"/>) is quicker, so it is used.</para>
/// </summary>
internal sealed class Reassignment
{
    private const int IdlePerType = 2;
    public const int DefaultCandidates = 24;
    private readonly WtaInstance _w;
    private readonly AssignmentState _s;
    private readonly int _n;
    private readonly int _candidates;
    private readonly LinearAssignment _sparse = new();
    private readonly DenseAssignment _dense = new();
    private double[] _matrix = [];
    private readonly SparseCostMatrix _costs = new();
    private readonly int[] _ids;
    private readonly double[] _keys;
    private readonly List<int> _entries = []; // allowed pairs as row * targets + target, sorted
    private bool[] _allowed = [];
    private double[] _rowShift = [];
    private readonly List<int> _weapon = [], _origin = []; // per row: weapon type, target it came from (-1: idle)
    private readonly double[] _rest;
    private readonly double[] _price; // per target: what its removed unit gains there (0: none), a guess at its dual
    private int[] _rowToColumn = [];

    /// <summary>Which linear assignment solves the move: chosen per round, or always one (tests compare them).</summary>
    public enum Solve { Auto, Sparse, Dense }

    private readonly Solve _solve;

    public Reassignment(WtaInstance w, AssignmentState s, int candidates = DefaultCandidates, Solve solve = Solve.Auto)
    {
        _solve = solve;
        _w = w; _s = s; _n = w.Targets;
        _rest = new double[_n];
        _price = new double[_n];
        _candidates = Math.Max(1, candidates);
        _ids = new int[Math.Min(_candidates, _n)];
        _keys = new double[_ids.Length];
    }

    /// <summary>One round; true if it improved the objective by more than a rounding error.</summary>
    public bool Round(int round)
    {
        _weapon.Clear(); _origin.Clear();
        double before = 0, after = 0;
        for (int j = 0; j < _n; j++)
        {
            before += _s.Survival(j);
            int load = _s.Load[j];
            if (load == 0) { _rest[j] = _s.Survival(j); _price[j] = 0; continue; }
            int pick = round % load, i = 0;
            for (; i < _w.Weapons; i++)
            {
                int x = _s.Counts[i * _n + j];
                if (pick < x) break;
                pick -= x;
            }
            _weapon.Add(i); _origin.Add(j);
            _rest[j] = _s.SurvivalWithout(i, j);
            _price[j] = Math.Max(0, _rest[j] * _w.Probabilities[i * _n + j] - _s.Cost(i));
        }
        for (int i = 0; i < _w.Weapons; i++)
            for (int k = 0; k < Math.Min(_s.Left[i], IdlePerType); k++) { _weapon.Add(i); _origin.Add(-1); }
        for (int r = 0; r < _weapon.Count; r++) before += _origin[r] >= 0 ? _s.Cost(_weapon[r]) : 0;

        int rows = _weapon.Count, empty = 0;
        foreach (int load in _s.Load) if (load == 0) empty++;
        if (_rowToColumn.Length < rows) _rowToColumn = new int[rows * 2];
        var rowToColumn = _rowToColumn.AsSpan(0, rows);
        // Many empty targets (mu = 1: half of them) leave the sparse solve without good prices to start from, and
        // its pricing then adds candidates for many passes; the dense solve is quicker there.
        bool dense = _solve == Solve.Dense || (_solve == Solve.Auto && empty * 3 >= _n);
        double change = dense ? SolveDense(rows, rowToColumn) : SolveSparse(rows, before, rowToColumn);
        for (int j = 0; j < _n; j++) after += _rest[j];
        after += change;
        if (!(after < before - 1e-10 * Math.Max(1, Math.Abs(before)))) return false;
        for (int r = 0; r < _weapon.Count; r++) if (_origin[r] >= 0) _s.Remove(_weapon[r], _origin[r]);
        for (int r = 0; r < _weapon.Count; r++) if (rowToColumn[r] >= 0) _s.Add(_weapon[r], rowToColumn[r]);
        return true;
    }

    /// <summary>The assignment on candidate pairs with column generation; returns the change (sum over the rows).</summary>
    private double SolveSparse(int rows, double before, Span<int> rowToColumn)
    {
        // Each row starts with its own target and the few where it beats their current unit by most; then column
        // generation: solve, price every left-out pair with the solve's duals, add those that could improve it, and
        // solve again until none can, so the result is the optimum over all targets while the solves stay small.
        int keep = Math.Min(_candidates, _n);
        var ids = _ids.AsSpan(0, keep);
        var keys = _keys.AsSpan(0, keep);
        if (_allowed.Length < rows * _n) _allowed = new bool[rows * _n * 2];
        var allowed = _allowed.AsSpan(0, rows * _n);
        allowed.Clear();
        _entries.Clear();
        for (int r = 0; r < rows; r++)
        {
            int i = _weapon[r], origin = _origin[r];
            double c = _s.Cost(i);
            var p = _w.Probabilities.AsSpan(i * _n, _n);
            int kept = 0;
            for (int j = 0; j < _n; j++)
            {
                if (j == origin || !RoomAfterRemoval(j)) continue;
                double d = c - _rest[j] * p[j];
                if (d < 0) Cheapest.Keep(ids, keys, ref kept, j, d + _price[j]);
            }
            if (origin >= 0) Allow(r, origin);
            for (int k = 0; k < kept; k++) Allow(r, ids[k]);
        }
        // Each target's price is added to its column and charged when it stays empty: the same problem up to the
        // constant sum of prices, but with the current solution's gains as a near-optimal dual start, so the shortest
        // path searches stay short.
        double change = 0, offset = 0;
        foreach (double x in _price) offset += x;
        if (_rowShift.Length < rows) _rowShift = new double[rows * 2];
        double tolerance = 1e-12 * Math.Max(1, Math.Abs(before));
        while (true)
        {
            _costs.Clear(_n);
            double rowOffset = 0;
            for (int r = 0, e = 0; r < rows; r++)
            {
                // Each row shifted so its cheapest choice (a pair or staying out) costs 0: costs start non-negative.
                int first = e;
                double least = 0;
                for (; e < _entries.Count && _entries[e] / _n == r; e++) least = Math.Min(least, Priced(r, _entries[e] % _n));
                _rowShift[r] = -least; rowOffset += -least;
                _costs.AddRow();
                for (int k = first; k < e; k++) _costs.Add(_entries[k] % _n, Priced(r, _entries[k] % _n) - least);
            }
            change = _sparse.Solve(_costs, _rowShift.AsSpan(0, rows), _price, rowToColumn) - offset - rowOffset;
            int added = 0;
            for (int r = 0; r < rows; r++)
            {
                int i = _weapon[r];
                double c = _s.Cost(i);
                var p = _w.Probabilities.AsSpan(i * _n, _n);
                int kept = 0;
                for (int j = 0; j < _n; j++)
                {
                    if (allowed[r * _n + j] || !RoomAfterRemoval(j)) continue;
                    double d = c - _rest[j] * p[j];
                    if (d >= 0) continue;
                    double reduced = _sparse.ReducedCost(r, j, d + _price[j] + _rowShift[r]);
                    if (reduced < -tolerance) Cheapest.Keep(ids, keys, ref kept, j, reduced);
                }
                for (int k = 0; k < kept; k++) Allow(r, ids[k]);
                added += kept;
            }
            if (added == 0) break;
            _entries.Sort();
        }
        return change;
    }

    /// <summary>The assignment over every target, dense: one idle column per row when staying out can pay.</summary>
    private double SolveDense(int rows, Span<int> rowToColumn)
    {
        bool idle = _w.WeaponCosts is not null || _w.MaxPerTarget is not null || rows > _n;
        int columns = _n + (idle ? rows : 0);
        if (_matrix.Length < rows * columns) _matrix = new double[rows * columns * 2];
        var matrix = _matrix.AsSpan(0, rows * columns);
        for (int r = 0; r < rows; r++)
        {
            var row = matrix.Slice(r * columns, columns);
            for (int j = 0; j < _n; j++) row[j] = j == _origin[r] || RoomAfterRemoval(j) ? PairCost(r, j) : double.PositiveInfinity;
            row[_n..].Clear();
        }
        double change = _dense.Solve(matrix, rows, columns, rowToColumn);
        for (int r = 0; r < rows; r++) if (rowToColumn[r] >= _n) rowToColumn[r] = -1;
        return change;
    }

    private void Allow(int r, int j)
    {
        _allowed[r * _n + j] = true;
        _entries.Add(r * _n + j);
    }

    private double Priced(int r, int j) => PairCost(r, j) + _price[j];

    private double PairCost(int r, int j)
    {
        int i = _weapon[r];
        return _s.Cost(i) - _rest[j] * _w.Probabilities[i * _n + j];
    }

    private bool RoomAfterRemoval(int j) =>
        _w.MaxPerTarget is not { } cap || _s.Load[j] - (_s.Load[j] > 0 ? 1 : 0) < cap[j];
}
