namespace Oberig.BattleManagement.Assignment.Solvers;

/// <summary>The solvers by the names <c>oberig wta solve --method</c> and scenarios use.</summary>
public static class WtaSolvers
{
    public const string Default = "greedy";

    private static readonly Dictionary<string, Func<IWtaSolver>> Factories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["greedy"] = () => new GreedySolver(),
        ["greedy-ls"] = () => new GreedySolver(GreedySolver.Effort.LocalSearch),
        ["greedy-only"] = () => new GreedySolver(GreedySolver.Effort.GreedyOnly),
        ["exact"] = () => new BranchAndBoundSolver(),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    public static IWtaSolver? ByName(string name) => Factories.TryGetValue(name, out var make) ? make() : null;
}
