using Oberig.Campaign.Running;

namespace Oberig.Campaign.OrTools;

/// <summary>The optimiser's plan, the candidates it was checked against by simulation (the best first in
/// <see cref="Best"/>), and the lines' marginal values.</summary>
public sealed record OptimizeReport
{
    public required OptimizeResult Optimized { get; init; }
    /// <summary>The optimiser's plan, the equal split, the simulation's default (as the plan it comes to) and the blends
    /// of the optimiser's plan with it, in that order.</summary>
    public required IReadOnlyList<CandidateOutcome> Candidates { get; init; }
    /// <summary>The candidate with the lowest simulated mean objective (the optimiser's on a tie) among those that kept
    /// within the budget.</summary>
    public required CandidateOutcome Best { get; init; }
    public required IReadOnlyList<MarginalValue> Marginals { get; init; }
}

/// <summary>
/// <c>oberig campaign optimize</c>'s work: optimise, then check by simulation against the equal split, the
/// simulation's default plan and blends of the two with common random numbers, keep the best by simulated mean
/// objective (the expected-value program leaves out the fallback between products and night-to-night dispersion,
/// which the simulation has, so a blend can beat it), and price each line's next <c>MarginalEur</c>.
/// </summary>
public static class OptimizeStudy
{
    public const string OptimizedName = "optimised";
    public const string EqualSplitName = "equal split";
    public const string DefaultName = "default (each line asks what it can use)";
    /// <summary>Shares of the optimiser's plan in the blends with the default that are checked too.</summary>
    public static readonly double[] BlendShares = [0.75, 0.5, 0.25];

    public static string BlendName(double share) => $"{share:P0} optimised + {1 - share:P0} default";

    public static OptimizeReport Run(CampaignModel model, OptimizeOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var optimized = FundingOptimizer.Optimize(model, options);
        var run = new CampaignRunOptions { Replications = options.Replications, Seed = options.Seed, Threads = options.Threads };
        var realised = CandidatePlans.Realised(model);
        var candidates = PlanEvaluation.Compare(model,
        [
            new CandidatePlan(OptimizedName, optimized.Plan),
            new CandidatePlan(EqualSplitName, EqualSplitPlan.For(model.Campaign, options.BudgetEur)),
            new CandidatePlan(DefaultName, realised),
            .. BlendShares.Select(share => new CandidatePlan(BlendName(share), CandidatePlans.Blend(model.Campaign, optimized.Plan, realised, share))),
        ], options.Objective, run);
        // A plan whose spending's 95 % band passes the budget (the default ignores it) cannot be the answer.
        var best = candidates.Where(c => c.Name == OptimizedName || options.BudgetEur is not { } budget
            || c.ProductionSpentEur.High <= budget * (1 + 1e-9)).MinBy(c => c.Objective.Mean)!;
        return new OptimizeReport
        {
            Optimized = optimized,
            Candidates = candidates,
            Best = best,
            Marginals = options.Marginals ? MarginalValues.Compute(model, optimized, options) : [],
        };
    }
}
