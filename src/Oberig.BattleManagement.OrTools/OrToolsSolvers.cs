using Oberig.BattleManagement.Assignment;
using Oberig.BattleManagement.Assignment.Solvers;

namespace Oberig.BattleManagement.OrTools;

/// <summary>The OR-Tools solvers by name, looked up before <c>WtaSolvers</c> of the library: <c>exact</c> here is the
/// library's branch and bound with its root bound from the configuration LP (<see cref="ColumnGenerationDual"/>).</summary>
public static class OrToolsSolvers
{
    public static IReadOnlyCollection<string> Names { get; } = ["exact", "ortools-naive"];

    public static IWtaSolver? ByName(string name) => name.ToLowerInvariant() switch
    {
        "exact" => new BranchAndBoundSolver(new ColumnGenerationDual()),
        "ortools-naive" => new CpSatNaiveSolver(),
        _ => null,
    };
}
