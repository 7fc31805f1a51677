namespace Oberig.BattleManagement.Assignment;

/// <summary>The weapon-target assignment role: exact solvers and heuristics are variants, chosen by name.</summary>
public interface IWtaSolver
{
    /// <summary>The name a scenario or <c>oberig wta solve --method</c> uses.</summary>
    string Name { get; }

    /// <summary>Solves <paramref name="instance"/>; the result is feasible and its bound is valid (never above the
    /// optimum). Deterministic for the same instance and options unless <see cref="WtaSolveOptions.TimeLimit"/> cut it short.</summary>
    WtaSolution Solve(WtaInstance instance, WtaSolveOptions options);
}

/// <summary>Limits for a solve. Documented defaults; the engine uses node limits only, so runs stay deterministic.</summary>
public sealed record WtaSolveOptions
{
    public static WtaSolveOptions Default { get; } = new();
    /// <summary>Wall-clock limit (null: none). Only the command line and benchmarks set one.</summary>
    public TimeSpan? TimeLimit { get; init; }
    /// <summary>Stop when (objective - bound) / max(|objective|, 1e-12) is at most this.</summary>
    public double RelativeGap { get; init; } = 1e-4;
    /// <summary>Threads an exact solver may use.</summary>
    public int Threads { get; init; } = 1;
    /// <summary>Branch-and-bound nodes an exact solver may visit (null: no limit): a limit that keeps runs deterministic.</summary>
    public long? NodeLimit { get; init; }
}

/// <summary>
/// A solve's result: <see cref="Counts"/> x_ij row-major like <see cref="WtaInstance.Probabilities"/>, its objective,
/// the best proven lower bound (equal to the objective when optimality is proven; a heuristic reports the best bound
/// it knows, or 0), and whether the optimum is proven.
/// </summary>
public sealed record WtaSolution(int[] Counts, double Objective, double Bound, bool Proven)
{
    public double Gap => Objective <= 0 ? 0 : Math.Max(0, (Objective - Bound) / Objective);
    /// <summary>Branch-and-bound nodes visited (0 for a heuristic).</summary>
    public long Nodes { get; init; }
}
