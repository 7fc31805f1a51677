using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.OrTools;

/// <summary>
/// The optimiser's plan and what its expected-value model says of it. Indices follow the campaign's order (sources,
/// lines, products as listed; months from 0). The expected figures count only what shortfall adds: leakers and damage
/// the fire units would have prevented with the interceptors they lacked.
/// </summary>
public sealed record OptimizeResult
{
    public required FundingPlan Plan { get; init; }
    public required CampaignObjective Objective { get; init; }
    /// <summary>Whether the last solve proved optimality within the relative gap (else: the best found in the time limit).</summary>
    public required bool Optimal { get; init; }
    /// <summary>Expected extra leakers or damage from shortfall, whichever <see cref="Objective"/> names.</summary>
    public required double ExpectedObjective { get; init; }
    public required double ExpectedLeakers { get; init; }
    public required double ExpectedDamage { get; init; }
    /// <summary>[product, month]: interceptors the expected nights want.</summary>
    public required double[,] ExpectedDemand { get; init; }
    /// <summary>[product, month]: of those, the ones the plan's expected stock cannot fire.</summary>
    public required double[,] ExpectedShortfall { get; init; }
    /// <summary>[line, month]: units the plan starts.</summary>
    public required double[,] Starts { get; init; }
    /// <summary>[source, line, month]: EUR each source pays each line (capital included); zero wherever the source may not
    /// pay the line.</summary>
    public required double[,,] Flows { get; init; }
    /// <summary>Solves run (one per learning-curve pass).</summary>
    public required int Passes { get; init; }
    /// <summary>The last solve's variables by name, to start the marginal values' solves from.</summary>
    internal IReadOnlyDictionary<string, double>? SolverValues { get; init; }

    /// <summary>EUR the plan offers line <paramref name="line"/> over the horizon (fixed and variable costs).</summary>
    public double LineTotalEur(string line) => Plan.Funding.TryGetValue(line, out var amounts) ? amounts.Sum() : 0;
}
