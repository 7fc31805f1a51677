using System.Diagnostics;

namespace Oberig.BattleManagement.Assignment.Solvers;

/// <summary>
/// The exact method (<c>exact</c>): depth-first branch and bound over the counts x_ij, weapon type by weapon type,
/// each type's targets in order of V_j p_ij and larger counts first. The incumbent starts from the thorough
/// <see cref="GreedySolver"/>;
/// every node is bounded by the Lagrangian relaxation at the prices the root's <see cref="IWtaDualSolver"/> found
/// (subgradient steps by default; the command line's <c>exact</c> solves the configuration LP by column generation): the
/// cost so far, plus each target's subproblem over the weapon types still undecided for it, minus λ times the units
/// left. Fixing x_ij changes only target j's subproblem, so a node costs one <see cref="TargetPricing"/> solve.
/// When the time or node limit stops it, the bound it reports is the root's.
/// </summary>
public sealed class BranchAndBoundSolver(IWtaDualSolver? dual = null) : IWtaSolver
{
    private readonly IWtaDualSolver _dual = dual ?? new SubgradientDual();

    public string Name => "exact";

    public WtaSolution Solve(WtaInstance instance, WtaSolveOptions options)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var start = GreedySolver.Thorough().Solve(instance, options);
        var quick = new GreedySolver().Solve(instance, options);
        if (quick.Objective < start.Objective) start = quick; // the longer search is usually but not always better
        // The search keeps these prices, so no node raises the reported bound above the root's.
        var dual = _dual.Maximise(instance, start.Counts, start.Objective,
            enough: start.Objective - Math.Max(0, options.RelativeGap) * Math.Abs(start.Objective), options, clock);
        var (rootBound, lambda) = (dual.Bound, dual.Prices);
        if (dual.Rounded is { } rounded)
        {
            // Where the LP is (nearly) integral its heaviest mixes are (nearly) the optimum: the published 50x100
            // mu=3 instance's LP bound equals its optimum, which neither greedy search reaches (3.4 % above).
            var polished = GreedySolver.PolishFrom(instance, rounded);
            double value = WtaObjective.Evaluate(instance, polished);
            if (value < start.Objective) start = new WtaSolution(polished, value, 0, false);
        }
        var search = new Search(instance, options, lambda, start.Counts, start.Objective, clock);
        bool finished = search.Run(rootBound);
        double objective = WtaObjective.Evaluate(instance, search.Incumbent);
        double bound = finished
            ? Math.Min(objective, Math.Max(rootBound, objective * (1 - options.RelativeGap)))
            : Math.Min(objective, rootBound);
        return new WtaSolution(search.Incumbent, objective, bound, finished) { Nodes = search.Nodes };
    }

    private sealed class Search
    {
        private readonly WtaInstance _w;
        private readonly WtaSolveOptions _options;
        private readonly Stopwatch _clock;
        private readonly int _m, _n;
        private readonly double[] _lambda, _price;
        private readonly int[][] _order;       // per type, its targets by V_j p_ij, best first
        private readonly double[][] _prices;   // per type level, each target's subproblem bound on entering it
        private readonly int[][] _first;       // per type level, the lowest type each target's minimiser uses (-1: unknown)
        private readonly AssignmentState _s;
        private readonly TargetPricing _pricing;
        private readonly double _gap;
        private readonly long _nodeLimit;
        private double _fixedCost, _sumPrice, _upper;
        private bool _stopped;
        public int[] Incumbent { get; }
        public long Nodes { get; private set; }

        public Search(WtaInstance w, WtaSolveOptions options, double[] lambda, int[] incumbent, double upper, Stopwatch clock)
        {
            _w = w; _options = options; _clock = clock; _m = w.Weapons; _n = w.Targets;
            _lambda = lambda; _gap = Math.Max(0, options.RelativeGap);
            _nodeLimit = options.NodeLimit ?? long.MaxValue;
            _price = new double[_m];
            for (int k = 0; k < _m; k++) _price[k] = (w.WeaponCosts?[k] ?? 0) + lambda[k];
            _order = new int[_m][];
            for (int i = 0; i < _m; i++)
            {
                var keys = new double[_n];
                _order[i] = new int[_n];
                for (int j = 0; j < _n; j++) { _order[i][j] = j; keys[j] = -w.Values[j] * w.Probabilities[i * _n + j]; }
                Array.Sort(keys, _order[i]);
            }
            _prices = new double[_m + 1][];
            _first = new int[_m + 1][];
            for (int i = 0; i <= _m; i++) { _prices[i] = new double[_n]; _first[i] = new int[_n]; }
            _s = new AssignmentState(w);
            _pricing = new TargetPricing(w);
            Incumbent = (int[])incumbent.Clone();
            _upper = upper;
        }

        /// <summary>True when the tree was searched to the end (the incumbent is optimal within the gap).</summary>
        public bool Run(double rootBound)
        {
            if (rootBound >= Threshold()) return true;
            EnterType(0);
            Visit(0, 0);
            return !_stopped;
        }

        private double Threshold() => _upper - _gap * Math.Abs(_upper);

        private double Bound(int type)
        {
            double b = _fixedCost + _sumPrice;
            for (int k = type; k < _m; k++) b -= _lambda[k] * _s.Left[k];
            return b;
        }

        private double PriceOf(int j, int firstType) =>
            _pricing.Solve(j, _s.Survival(j), Room(j), firstType, _s.Left, _price);

        private int Room(int j) => _w.MaxPerTarget is { } cap ? cap[j] - _s.Load[j] : int.MaxValue;

        /// <summary>Every target's subproblem over types from <paramref name="type"/> on, kept for backtracking. Only
        /// the targets whose minimiser used the type just closed (or whose minimum is unknown) are solved again: the
        /// others' minimisers are still allowed, so their minima stand.</summary>
        private void EnterType(int type)
        {
            var prices = _prices[type];
            var first = _first[type];
            _sumPrice = 0;
            for (int j = 0; j < _n; j++)
            {
                if (type == _m) { prices[j] = _s.Survival(j); first[j] = int.MaxValue; }
                else if (type > 0 && _first[type - 1][j] != type - 1 && _first[type - 1][j] >= 0)
                {
                    prices[j] = _prices[type - 1][j];
                    first[j] = _first[type - 1][j];
                }
                else { prices[j] = PriceOf(j, type); first[j] = _pricing.FirstType; }
                _sumPrice += prices[j];
            }
        }

        /// <summary>Weapon type <paramref name="type"/> may still go to its targets from <paramref name="position"/>
        /// on: each child gives x ≥ 1 units to one of them (skipping those before it), the last child gives it no more.
        /// Depth is the number of units plus types, not of variables.</summary>
        private void Visit(int type, int position)
        {
            if (_stopped) return;
            if (++Nodes >= _nodeLimit || ((Nodes & 1023) == 0 && OutOfTime())) { _stopped = true; return; }
            if (type == _m) { Leaf(); return; }
            var prices = _prices[type];
            var first = _first[type];
            double cost = _s.Cost(type);
            for (int p = position; p < _n && _s.Left[type] > 0 && !_stopped; p++)
            {
                int j = _order[type][p];
                double before = prices[j];
                int firstBefore = first[j];
                for (int x = Math.Min(_s.Left[type], Room(j)); x >= 1 && !_stopped; x--)
                {
                    for (int u = 0; u < x; u++) _s.Add(type, j);
                    _fixedCost += cost * x;
                    double now = PriceOf(j, type + 1);
                    _sumPrice += now - before;
                    prices[j] = now;
                    first[j] = _pricing.FirstType;
                    if (Bound(type) < Threshold()) Visit(type, p + 1);
                    _sumPrice -= now - before;
                    prices[j] = before;
                    first[j] = firstBefore;
                    _fixedCost -= cost * x;
                    for (int u = 0; u < x; u++) _s.Remove(type, j);
                }
            }
            if (_stopped) return;
            // No more units of this type: the stale subproblems (which still let this type in) bound it cheaply first.
            if (Bound(type + 1) >= Threshold()) return;
            double savedSum = _sumPrice;
            EnterType(type + 1);
            if (Bound(type + 1) < Threshold()) Visit(type + 1, 0);
            _sumPrice = savedSum;
        }

        private void Leaf()
        {
            double value = _fixedCost;
            for (int j = 0; j < _n; j++) value += _s.Survival(j);
            if (value >= _upper) return;
            double exact = WtaObjective.Evaluate(_w, _s.Counts); // products drift after many divisions
            if (exact >= _upper) return;
            _upper = exact;
            Array.Copy(_s.Counts, Incumbent, Incumbent.Length);
        }

        private bool OutOfTime() => _options.TimeLimit is { } limit && _clock.Elapsed >= limit;
    }
}
