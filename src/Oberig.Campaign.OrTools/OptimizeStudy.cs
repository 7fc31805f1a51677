using Oberig.Campaign.Running;

namespace Oberig.Campaign.OrTools;

/// <summary>The optimiser's plan, the candidates it was checked against by simulation (the best first in
/// <see cref="Best"/>), and the lines' marginal values.</summary>
public sealed record OptimizeReport
{
    public required OptimizeResult Optimized { get; init; }
    /// <summary>The optimiser's plan, the equal split, the simulation's default (as the plan it comes to), the blends
    /// of the optimiser's plan with it, and the simulation search from the best of those, in that order.</summary>
    public required IReadOnlyList<CandidateOutcome> Candidates { get; init; }
    /// <summary>The candidate with the lowest simulated mean objective (the optimiser's on a tie) among those that kept
    /// within the budget.</summary>
    public required CandidateOutcome Best { get; init; }
    public required IReadOnlyList<MarginalValue> Marginals { get; init; }
    /// <summary>The marginal values of <see cref="Best"/>'s plan by simulation, the plan otherwise held.</summary>
    public required IReadOnlyList<SimulatedMarginal> SimulatedMarginals { get; init; }
    /// <summary>The simulation search from the best of the other candidates; null when switched off.</summary>
    public PlanSearchResult? Search { get; init; }
}

/// <summary>
/// <c>oberig campaign optimize</c>'s work: optimise, then check by simulation against the equal split, the
/// simulation's default plan and blends of the two with common random numbers, search from the best of them with the
/// simulation as judge (<see cref="PlanSearch"/>: the expected-value program leaves out night-to-night dispersion and
/// the resolver's greedy night-by-night fallback, which the simulation has), keep the best by simulated mean
/// objective, and price each line's next <c>MarginalEur</c> both ways: re-planned in the program, and with the plan
/// held in the simulation.
/// </summary>
public static class OptimizeStudy
{
    public const string OptimizedName = "optimised";
    public const string EqualSplitName = "equal split";
    public const string DefaultName = "default (each line asks what it can use)";
    /// <summary>Shares of the optimiser's plan in the blends with the default that are checked too.</summary>
    public static readonly double[] BlendShares = [0.75, 0.5, 0.25];

    public static string BlendName(double share) => $"{share:P0} optimised + {1 - share:P0} default";

    public static string SearchName(string from) => $"simulation search from {from}";

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
        var best = Best(candidates, options);
        PlanSearchResult? search = null;
        if (options.SearchEvaluations > 0)
        {
            // The search judges its moves on replications apart from these, then joins the comparison on these.
            search = PlanSearch.Run(model, best.Plan ?? realised, options.Objective, run, options.SearchEvaluations, options.BudgetEur);
            candidates = [.. candidates, PlanEvaluation.Evaluate(model, new CandidatePlan(SearchName(best.Name), search.Plan), options.Objective, run)];
            best = Best(candidates, options);
        }
        return new OptimizeReport
        {
            Optimized = optimized,
            Candidates = candidates,
            Best = best,
            Marginals = options.Marginals ? MarginalValues.Compute(model, optimized, options) : [],
            SimulatedMarginals = options.Marginals ? SimulatedMarginals.Compute(model, best.Plan ?? realised, options) : [],
            Search = search,
        };
    }

    /// <summary>The lowest simulated mean objective (the optimiser's on a tie) among the candidates whose spending's
    /// 95 % band keeps within the budget (the default ignores it, so it may not).</summary>
    private static CandidateOutcome Best(IReadOnlyList<CandidateOutcome> candidates, OptimizeOptions options) =>
        candidates.Where(c => c.Name == OptimizedName || options.BudgetEur is not { } budget || c.ProductionSpentEur.High <= budget * (1 + 1e-9))
            .MinBy(c => c.Objective.Mean)!;
}
