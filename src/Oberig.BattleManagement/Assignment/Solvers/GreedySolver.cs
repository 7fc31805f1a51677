namespace Oberig.BattleManagement.Assignment.Solvers;

/// <summary>
/// The heuristics, by how hard they search after the greedy start (<see cref="MarginalReturnGreedy"/>):
/// <c>greedy-only</c> stops there; <c>greedy-ls</c> adds <see cref="LocalSearch"/> and <see cref="CyclicExchange"/>
/// rounds; <c>greedy</c> (the default) also runs <see cref="Reassignment"/> rounds, the strongest and dearest move.
/// Deterministic; they report no bound of their own (0), so callers compare them against an exact solver's bound.
/// </summary>
public sealed class GreedySolver : IWtaSolver
{
    /// <summary>How far past the greedy start a <see cref="GreedySolver"/> searches.</summary>
    public enum Effort { GreedyOnly, LocalSearch, Full }

    private const int MaxRounds = 100;
    private const double Enough = 2e-3; // a full-search round gaining less than this, relative, ends the search
    private const double ThoroughEnough = 1e-3; // the same for the thorough search, which also waits longer
    private readonly Effort _effort;
    private readonly bool _thorough;

    public GreedySolver(Effort effort = Effort.Full) => _effort = effort;

    /// <summary>The full search, longer: a local search first, and rounds until as many in a row as the most loaded
    /// target has units gain under 1e-3 each. About twice the time of the default at mu = 3 for an objective up to
    /// 0.3 % lower; the exact method starts from it, since its incumbent is what its search has to beat.</summary>
    internal static GreedySolver Thorough() => new(Effort.Full, thorough: true);

    private GreedySolver(Effort effort, bool thorough) { _effort = effort; _thorough = thorough; }

    public string Name => _effort switch { Effort.GreedyOnly => "greedy-only", Effort.LocalSearch => "greedy-ls", _ => "greedy" };

    public WtaSolution Solve(WtaInstance instance, WtaSolveOptions options)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var state = new AssignmentState(instance);
        MarginalReturnGreedy.Run(state, instance);
        if (_effort != Effort.GreedyOnly) Improve(state, instance);
        double objective = WtaObjective.Evaluate(instance, state.Counts);
        return new WtaSolution(state.Counts, objective, 0, false);
    }

    private void Improve(AssignmentState state, WtaInstance instance)
    {
        var reassignment = _effort == Effort.Full ? new Reassignment(instance, state) : null;
        // The full search starts the reassignment straight from the greedy start: its first round does what a local
        // search would (and more), and the local search after each improving round polishes what it leaves.
        if (reassignment is null || _thorough) LocalSearch.Run(state, instance);
        var exchange = new CyclicExchange(instance, state);
        double enough = _thorough ? ThoroughEnough : Enough;
        int maxLoad = 1;
        double objective = WtaObjective.Evaluate(instance, state.Counts);
        for (int round = 0, quiet = 0; round < MaxRounds; round++)
        {
            bool better = reassignment?.Round(round) ?? false;
            better |= exchange.Round();
            if (better)
            {
                LocalSearch.Run(state, instance);
                double now = WtaObjective.Evaluate(instance, state.Counts);
                // A full-search round that gains less than enough (relative) counts as quiet: the rounds after it
                // gain less still (about a quarter as much each at 300x600 mu = 3) and each costs a sparse solve.
                if (reassignment is null || objective - now >= enough * Math.Abs(objective)) quiet = 0; else better = false;
                objective = now;
            }
            // The default stops at the first quiet round; the thorough search once every unit of every target has had
            // its turn in the reassignment without (enough) gain.
            foreach (int load in state.Load) maxLoad = Math.Max(maxLoad, load);
            if (!better && ++quiet >= (reassignment is null || !_thorough ? 1 : maxLoad)) break;
        }
    }
}
