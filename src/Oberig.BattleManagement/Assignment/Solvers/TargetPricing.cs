namespace Oberig.BattleManagement.Assignment.Solvers;

/// <summary>
/// One target's Lagrangian subproblem: with weapon prices w_k = c_k + λ_k, the least
/// S Π_k (1 - p_kj)^x_k + Σ_k w_k x_k over whole x_k ≤ limit_k and Σ x_k ≤ the target's room. Solved by depth-first
/// search over multisets, pruned by the continuous relaxation min_t S e^(-t) + t / r (r the best remaining
/// -ln(1 - p) per unit price). What it returns is always a lower bound on that minimum: the minimum itself when the
/// search finished within its node budget, else the relaxation at the root.
/// </summary>
internal sealed class TargetPricing
{
    private const int NodeBudget = 20_000;
    private readonly WtaInstance _w;
    private readonly int[] _types;
    private readonly double[] _ratio;
    private readonly int[] _used;
    private readonly int[] _bestUsed;
    private int _count, _nodes, _target;
    private double _best;
    private double[] _price = [];
    private int[] _limit = [];

    public TargetPricing(WtaInstance instance)
    {
        _w = instance;
        _types = new int[instance.Weapons];
        _ratio = new double[instance.Weapons];
        _used = new int[instance.Weapons];
        _bestUsed = new int[instance.Weapons];
    }

    /// <summary>Units of each type in the last minimiser found (index into the instance's types), for subgradients.</summary>
    public int Chosen(int slot, out int type) { type = _types[slot]; return _bestUsed[slot]; }
    public int Candidates => _count;

    /// <summary>After <see cref="Solve"/>: the lowest weapon type the minimiser uses (<see cref="int.MaxValue"/>: none),
    /// or -1 when the search ran out of budget and the value is only the relaxation.</summary>
    public int FirstType { get; private set; }

    /// <summary>Lower bound on target <paramref name="j"/>'s subproblem from survival <paramref name="survival"/>,
    /// with types from <paramref name="firstType"/> on, each at most <paramref name="limit"/>[k] units.</summary>
    public double Solve(int j, double survival, int room, int firstType, int[] limit, double[] price)
    {
        _target = j; _price = price; _limit = limit;
        int n = _w.Targets;
        _count = 0;
        if (room > 0 && survival > 0)
            for (int k = firstType; k < _w.Weapons; k++)
            {
                if (limit[k] <= 0) continue;
                double p = _w.Probabilities[k * n + j];
                if (!(survival * p > price[k])) continue; // never worth a unit, alone or after others
                _types[_count] = k;
                _ratio[_count] = price[k] <= 0 ? double.PositiveInfinity : -Math.Log(1 - p) / price[k];
                _count++;
            }
        Array.Sort(_ratio, _types, 0, _count, DescendingComparer.Instance);
        Array.Clear(_used, 0, _count);
        Array.Clear(_bestUsed, 0, _count);
        _best = survival; _nodes = 0;
        FirstType = int.MaxValue;
        if (_count == 0) return survival;
        double root = Relaxation(survival, 0, 0);
        Search(0, survival, 0, room);
        if (_nodes > NodeBudget) { FirstType = -1; return Math.Min(root, _best); }
        for (int slot = 0; slot < _count; slot++) if (_bestUsed[slot] > 0) FirstType = Math.Min(FirstType, _types[slot]);
        return _best;
    }

    private double Relaxation(double s, int from, double cost)
    {
        double r = _ratio[from];
        if (double.IsPositiveInfinity(r)) return cost;
        return s * r > 1 ? cost + (1 + Math.Log(s * r)) / r : cost + s;
    }

    private void Search(int from, double s, double cost, int room)
    {
        if (++_nodes > NodeBudget) return;
        if (s + cost < _best) { _best = s + cost; Array.Copy(_used, _bestUsed, _count); }
        if (room == 0 || from >= _count) return;
        if (Relaxation(s, from, cost) >= _best) return;
        int n = _w.Targets;
        for (int slot = from; slot < _count; slot++)
        {
            int k = _types[slot];
            if (_used[slot] >= _limit[k]) continue;
            double p = _w.Probabilities[k * n + _target];
            if (!(s * p > _price[k])) continue;
            _used[slot]++;
            Search(slot, s * (1 - p), cost + _price[k], room - 1);
            _used[slot]--;
        }
    }

    private sealed class DescendingComparer : IComparer<double>
    {
        public static readonly DescendingComparer Instance = new();
        public int Compare(double x, double y) => y.CompareTo(x);
    }
}
