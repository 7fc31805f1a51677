using Oberig.BattleManagement.Assignment;

namespace Oberig.BattleManagement.OrTools;

/// <summary>The OR-Tools solvers by name, beside <c>WtaSolvers</c> of the library.</summary>
public static class OrToolsSolvers
{
    public static IReadOnlyCollection<string> Names { get; } = ["ortools-naive"];

    public static IWtaSolver? ByName(string name) =>
        string.Equals(name, "ortools-naive", StringComparison.OrdinalIgnoreCase) ? new CpSatNaiveSolver() : null;
}
