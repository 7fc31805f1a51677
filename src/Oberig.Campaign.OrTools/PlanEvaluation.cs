using Oberig.Campaign.Results;
using Oberig.Campaign.Running;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.OrTools;

/// <summary>A plan to check by simulation; a null plan is the simulation's default (every line asks for what it can
/// use, no investments).</summary>
public sealed record CandidatePlan(string Name, FundingPlan? Plan);

/// <summary>A candidate's simulated leakers and damage over the campaign, means with 95 % bands over replications,
/// and the one the optimiser minimised.</summary>
public sealed record CandidateOutcome(string Name, FundingPlan? Plan, Band Leakers, Band Damage, Band Objective, Band ProductionSpentEur);

/// <summary>
/// Plans compared by simulation with common random numbers: every candidate runs the same replications from the same
/// seed, so each meets the same raids and the differences between them are the plans', not the dice's.
/// </summary>
public static class PlanEvaluation
{
    public static IReadOnlyList<CandidateOutcome> Compare(CampaignModel model, IReadOnlyList<CandidatePlan> candidates,
        CampaignObjective objective, CampaignRunOptions run)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(candidates);
        return [.. candidates.Select(c => Evaluate(model, c, objective, run))];
    }

    public static CandidateOutcome Evaluate(CampaignModel model, CandidatePlan candidate, CampaignObjective objective, CampaignRunOptions run)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var records = CampaignRunner.Run(model, candidate.Plan, run);
        var leakers = Band.Of(records, r => r.TotalLeaked);
        var damage = Band.Of(records, r => r.TotalDamage);
        var spent = Band.Of(records, r => r.ProductionSpentEur);
        return new CandidateOutcome(candidate.Name, candidate.Plan, leakers, damage, objective == CampaignObjective.Leakers ? leakers : damage, spent);
    }
}
