using System.Diagnostics;

namespace Oberig.BattleManagement.Assignment.Solvers;

/// <summary>
/// The Lagrangian dual of the weapon-availability constraints, L(λ) = Σ_j min over target j's weapon mixes of
/// [V_j Π (1-p)^x + Σ (c + λ) x] − Σ_k λ_k A_k, maximised over λ ≥ 0: the root bound and the multipliers
/// <see cref="BranchAndBoundSolver"/> keeps for its nodes. Its maximum equals the configuration LP's value; a
/// variant differs only in how close it gets. Whatever λ it returns, <see cref="WtaDual.Bound"/> must be L(λ) at
/// those λ (or below it), so the bound is valid even when the maximisation stops early.
/// </summary>
public interface IWtaDualSolver
{
    /// <param name="incumbent">A feasible assignment (counts) and <paramref name="upper"/> its objective.</param>
    /// <param name="enough">Stop as soon as the bound reaches this (the incumbent is then proven within the gap).</param>
    WtaDual Maximise(WtaInstance instance, int[] incumbent, double upper, double enough, WtaSolveOptions options, Stopwatch clock);
}

/// <summary>A Lagrangian bound and the weapon prices (multipliers, one per type, non-negative) that give it.</summary>
public sealed record WtaDual(double Bound, double[] Prices)
{
    /// <summary>Counts read off the relaxation's solution where it has one (each target's heaviest mix in the LP),
    /// row-major like <see cref="WtaInstance.Probabilities"/>; it may use more units than available where the LP
    /// shares weapons fractionally. The branch and bound repairs and polishes it into an incumbent.</summary>
    public int[]? Rounded { get; init; }
}

/// <summary>The dual by projected subgradient steps (<see cref="LagrangianBound"/>): no LP solver needed, so the
/// engine's own exact method uses it; it can stall short of the LP value (docs/PERFORMANCE.md).</summary>
public sealed class SubgradientDual : IWtaDualSolver
{
    /// <summary>A cap on the subgradient steps, far above what the step-size rule needs to stop it.</summary>
    private const int Iterations = 100_000;

    public WtaDual Maximise(WtaInstance instance, int[] incumbent, double upper, double enough, WtaSolveOptions options, Stopwatch clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (bound, lambda) = LagrangianBound.Maximise(instance, incumbent, upper, clock, options.TimeLimit, options.Threads, enough, Iterations);
        return new WtaDual(bound, lambda);
    }
}
