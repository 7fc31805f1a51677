namespace Oberig.BattleManagement.Assignment.Solvers;

/// <summary>
/// The very large-scale neighbourhood of Ahuja et al. (2007, §6): cyclic and path exchanges of units among targets.
/// Nodes are the assigned (weapon type, target) pairs plus one "free slot" per target; an arc u → v means u's unit
/// moves to v's target and v's unit leaves it, costing the change of that target's survival; an arc u → slot k means
/// u's unit joins target k with nobody leaving, and the slot closes the path by taking its first unit off its target
/// with nobody replacing it. With every target on the cycle distinct, the cycle's cost is the sum of its arcs'.
/// Each node keeps only its few cheapest incoming arcs (the graph stays sparse), and negative cycles are sought from
/// every start by a depth-limited search that extends only paths with negative cost so far (every negative cycle has a
/// rotation whose prefixes are all negative; Lin and Kernighan's gain criterion). Improving cycles on disjoint
/// targets are applied together before the graph is rebuilt.
/// </summary>
internal sealed class CyclicExchange
{
    private const int ArcsPerNode = 6, SlotsPerNode = 4, Depth = 5;
    private const double Epsilon = 1e-10;
    private readonly WtaInstance _w;
    private readonly AssignmentState _s;
    private readonly int _n;
    private readonly List<int> _pairs = [];          // node index -> i * n + j
    private readonly List<(int To, double Cost)>[] _out;
    private readonly bool[] _dirty, _onPath;
    private readonly int[] _path = new int[Depth + 1];

    public CyclicExchange(WtaInstance w, AssignmentState s)
    {
        _w = w; _s = s; _n = w.Targets;
        int maxUnits = 0;
        foreach (int a in w.Available) maxUnits += a;
        int nodes = Math.Min(maxUnits, w.Weapons * _n) + _n;
        _out = new List<(int, double)>[nodes];
        for (int k = 0; k < nodes; k++) _out[k] = new List<(int, double)>(ArcsPerNode + SlotsPerNode);
        _dirty = new bool[_n];
        _onPath = new bool[_n];
    }

    /// <summary>One round: builds the graph, applies every improving target-disjoint cycle it finds. True if any.</summary>
    public bool Round()
    {
        Build();
        int nodes = _pairs.Count;
        Array.Clear(_dirty);
        bool improved = false;
        for (int start = 0; start < nodes; start++)
        {
            int t = Target(start);
            if (_dirty[t]) continue;
            _path[0] = start; _onPath[t] = true;
            int length = Extend(start, 1, 0);
            _onPath[t] = false;
            if (length > 0) { Apply(length); improved = true; }
        }
        return improved;
    }

    private int Slot(int target) => _pairs.Count + target;
    private int Target(int node) => node >= _pairs.Count ? node - _pairs.Count : _pairs[node] % _n;
    private int Weapon(int node) => _pairs[node] / _n;

    /// <summary>Depth-first from <c>_path[depth - 1]</c>; returns the cycle's length when one closes with negative cost.</summary>
    private int Extend(int start, int depth, double cost)
    {
        int u = _path[depth - 1];
        foreach (var (v, c) in _out[u])
        {
            double total = cost + c;
            if (total >= -Epsilon) continue; // prefixes stay negative
            if (v == start) return depth;
            if (v >= _pairs.Count)
            {
                // A slot: the path ends at target v's free room; the start's target loses its unit unreplaced.
                int k = v - _pairs.Count;
                if (_onPath[k] || _dirty[k]) continue;
                int s0 = _pairs[start];
                double close = _s.SurvivalWithout(s0 / _n, s0 % _n) - _s.Survival(s0 % _n);
                if (total + close < -Epsilon) { _path[depth] = v; return depth + 1; }
                continue;
            }
            int t = Target(v);
            if (_onPath[t] || _dirty[t] || depth >= Depth) continue;
            _path[depth] = v; _onPath[t] = true;
            int found = Extend(start, depth + 1, total);
            _onPath[t] = false;
            if (found > 0) return found;
        }
        return 0;
    }

    /// <summary>Moves each unit on the path to the next node's target (the last to its slot's target or back to the
    /// start's), and marks the targets so this round's later cycles leave them alone.</summary>
    private void Apply(int length)
    {
        int last = _path[length - 1];
        bool path = last >= _pairs.Count;
        int units = path ? length - 1 : length;
        Span<int> weapon = stackalloc int[units];
        Span<int> from = stackalloc int[units];
        for (int k = 0; k < units; k++) { weapon[k] = Weapon(_path[k]); from[k] = Target(_path[k]); }
        for (int k = 0; k < units; k++) _s.Remove(weapon[k], from[k]);
        for (int k = 0; k < units; k++)
        {
            int to = k + 1 < units ? from[k + 1] : path ? last - _pairs.Count : from[0];
            _s.Add(weapon[k], to);
            _dirty[to] = true; _dirty[from[k]] = true;
        }
    }

    private void Build()
    {
        _pairs.Clear();
        for (int k = 0; k < _s.Counts.Length; k++) if (_s.Counts[k] > 0) _pairs.Add(k);
        int nodes = _pairs.Count;
        for (int u = 0; u < nodes + _n; u++) _out[u].Clear();
        Span<int> bestFrom = stackalloc int[ArcsPerNode];
        Span<double> bestCost = stackalloc double[ArcsPerNode];
        // Incoming arcs of each pair v: the units whose arrival best replaces v's on v's target.
        for (int v = 0; v < nodes; v++)
        {
            int iv = Weapon(v), tv = Target(v);
            double without = _s.SurvivalWithout(iv, tv), now = _s.Survival(tv);
            int kept = 0;
            for (int u = 0; u < nodes; u++)
            {
                int iu = Weapon(u);
                if (iu == iv || Target(u) == tv) continue;
                double c = without * _s.Q(iu, tv) - now;
                if (c >= 0 && kept == ArcsPerNode) continue;
                Cheapest.Keep(bestFrom, bestCost, ref kept, u, c);
            }
            for (int k = 0; k < kept; k++) _out[bestFrom[k]].Add((v, bestCost[k]));
        }
        // Arcs from each pair u to the free room of the targets where its unit would do most.
        for (int u = 0; u < nodes; u++)
        {
            int iu = Weapon(u), tu = Target(u);
            int kept = 0;
            for (int k = 0; k < _n; k++)
            {
                if (k == tu || !_s.HasRoom(k)) continue;
                double c = -_s.Survival(k) * (1 - _s.Q(iu, k));
                if (kept == SlotsPerNode && c >= bestCost[kept - 1]) continue;
                Cheapest.Keep(bestFrom[..SlotsPerNode], bestCost[..SlotsPerNode], ref kept, Slot(k), c);
            }
            for (int k = 0; k < kept; k++) _out[u].Add((bestFrom[k], bestCost[k]));
        }
        // Cheapest arcs first, so the search meets the best cycles early.
        for (int u = 0; u < nodes; u++) _out[u].Sort(static (a, b) => a.Cost.CompareTo(b.Cost));
    }
}
