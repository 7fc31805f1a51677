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
    private const double Enough = 1e-3; // a full-search round gaining less than this, relative, counts as quiet
    private readonly Effort _effort;

    public GreedySolver(Effort effort = Effort.Full) => _effort = effort;

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
        LocalSearch.Run(state, instance);
        var exchange = new CyclicExchange(instance, state);
        var reassignment = _effort == Effort.Full ? new Reassignment(instance, state) : null;
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
                // A round that gains less than Enough (relative) counts as quiet: the search has converged.
                if (reassignment is null || objective - now >= Enough * Math.Abs(objective)) quiet = 0; else better = false;
                objective = now;
            }
            // Stop once every unit of every target has had its turn in the reassignment without (enough) gain.
            foreach (int load in state.Load) maxLoad = Math.Max(maxLoad, load);
            if (!better && ++quiet >= (reassignment is null ? 1 : maxLoad)) break;
        }
    }
}
