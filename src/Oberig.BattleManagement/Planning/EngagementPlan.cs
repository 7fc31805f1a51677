using Oberig.BattleManagement.Evaluation;
using Oberig.BattleManagement.Feasibility;
using Oberig.Core.Time;

namespace Oberig.BattleManagement.Planning;

/// <summary>
/// A decision cycle's result: every threat's evaluation, every (unit, track) option with its verdict (unit-major:
/// <c>Options[u * Threats.Count + t]</c>, for explanations), and the orders, sorted by threat priority (highest
/// first), then track id, launch time and unit id. No orders is a normal outcome.
/// </summary>
public sealed record EngagementPlan(
    SimTime Time,
    IReadOnlyList<ThreatAssessment> Threats,
    IReadOnlyList<EngagementOption> Options,
    IReadOnlyList<EngagementOrder> Orders);
