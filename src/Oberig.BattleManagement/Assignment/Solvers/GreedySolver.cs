namespace Oberig.BattleManagement.Assignment.Solvers;

/// <summary>
/// The default heuristic (<c>greedy</c>): maximum marginal return, then <see cref="LocalSearch"/>. With
/// <c>localSearch: false</c> it is <c>greedy-only</c>. Deterministic; reports no bound of its own (0), so the caller
/// compares it against an exact solver's bound.
/// </summary>
public sealed class GreedySolver(bool localSearch = true) : IWtaSolver
{
    public string Name => localSearch ? "greedy" : "greedy-only";

    public WtaSolution Solve(WtaInstance instance, WtaSolveOptions options)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var state = new AssignmentState(instance);
        MarginalReturnGreedy.Run(state, instance);
        if (localSearch) LocalSearch.Run(state, instance);
        double objective = WtaObjective.Evaluate(instance, state.Counts);
        return new WtaSolution(state.Counts, objective, 0, false);
    }
}
