using Oberig.Core.Assignment;

namespace Oberig.BattleManagement.Assignment.Solvers;

/// <summary>
/// A neighbourhood searched exactly by a linear assignment: take one unit off every target that has any, and let those
/// units, plus idle ones, return to at most one target each. With one unit entering each target the change of the
/// objective is a sum over targets, S_j' (1 - p) + c - S_j' (S_j' the survival of what stays), so the best of all
/// these moves at once (cyclic and path exchanges of any length, drops and adds) is a rectangular assignment. Each
/// unit may go back to its own target, so the current solution is among the choices and a round never makes it
/// worse. Round r takes off the (r mod load)-th unit of each target, so repeated rounds try each unit in turn.
/// </summary>
internal sealed class Reassignment
{
    private const int IdlePerType = 2;
    private readonly WtaInstance _w;
    private readonly AssignmentState _s;
    private readonly int _n;
    private readonly DenseAssignment _dense = new();
    private double[] _matrix = [];
    private readonly List<int> _weapon = [], _origin = []; // per row: weapon type, target it came from (-1: idle)
    private readonly double[] _rest;
    private int[] _rowToColumn = [];

    public Reassignment(WtaInstance w, AssignmentState s)
    {
        _w = w; _s = s; _n = w.Targets;
        _rest = new double[_n];
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
            if (load == 0) { _rest[j] = _s.Survival(j); continue; }
            int pick = round % load, i = 0;
            for (; i < _w.Weapons; i++)
            {
                int x = _s.Counts[i * _n + j];
                if (pick < x) break;
                pick -= x;
            }
            _weapon.Add(i); _origin.Add(j);
            _rest[j] = _s.SurvivalWithout(i, j);
        }
        for (int i = 0; i < _w.Weapons; i++)
            for (int k = 0; k < Math.Min(_s.Left[i], IdlePerType); k++) { _weapon.Add(i); _origin.Add(-1); }
        for (int r = 0; r < _weapon.Count; r++) before += _origin[r] >= 0 ? _s.Cost(_weapon[r]) : 0;

        // Columns: every target (fewer, e.g. each unit's best few, lost optima in tests: units mostly want the same
        // valuable targets), then one idle column per unit when staying out can pay.
        int rows = _weapon.Count, targets = _n;
        bool idle = _w.WeaponCosts is not null || _w.MaxPerTarget is not null || rows > targets;
        int columns = targets + (idle ? rows : 0);
        if (_matrix.Length < rows * columns) _matrix = new double[rows * columns * 2];
        var matrix = _matrix.AsSpan(0, rows * columns);
        for (int r = 0; r < rows; r++)
        {
            int i = _weapon[r];
            double c = _s.Cost(i);
            var row = matrix.Slice(r * columns, columns);
            for (int col = 0; col < targets; col++)
            {
                int j = col;
                row[col] = j == _origin[r] || RoomAfterRemoval(j) ? c - _rest[j] * _w.Probabilities[i * _n + j] : double.PositiveInfinity;
            }
            row[targets..].Clear();
        }
        if (_rowToColumn.Length < rows) _rowToColumn = new int[rows * 2];
        var rowToColumn = _rowToColumn.AsSpan(0, rows);
        double change = _dense.Solve(matrix, rows, columns, rowToColumn);
        for (int r = 0; r < rows; r++) if (rowToColumn[r] >= targets) rowToColumn[r] = -1;
        for (int j = 0; j < _n; j++) after += _rest[j];
        after += change;
        if (!(after < before - 1e-10 * Math.Max(1, Math.Abs(before)))) return false;
        for (int r = 0; r < _weapon.Count; r++) if (_origin[r] >= 0) _s.Remove(_weapon[r], _origin[r]);
        for (int r = 0; r < _weapon.Count; r++) if (rowToColumn[r] >= 0) _s.Add(_weapon[r], rowToColumn[r]);
        return true;
    }

    private bool RoomAfterRemoval(int j) =>
        _w.MaxPerTarget is not { } cap || _s.Load[j] - (_s.Load[j] > 0 ? 1 : 0) < cap[j];
}
