using Oberig.Models.Threats;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Model;
using Oberig.Scenario.Rules;

namespace Oberig.Models.Rules;

/// <summary>
/// A waypoint-flying threat starts its dive within terminal_dive_range_m of the aim point. If that range is shorter
/// than its turn radius v/ω, an aim point inside its turn circle can be circled for ever without the dive starting;
/// at least one turn radius guarantees that some point of any circle comes within the dive range.
/// </summary>
public sealed class DiveCaptureRule : IScenarioRule
{
    public void Check(ScenarioDefinition scenario, ScenarioLocator report)
    {
        for (int i = 0; i < scenario.Raids.Count; i++)
        {
            var threat = scenario.Raids[i].Threat;
            if (threat.Kind == ThreatKind.BallisticMissile || threat.MaxTurnRateDegPerS <= 0) continue;
            double radius = WaypointFlightParameters.From(threat).TurnRadiusM;
            if (threat.TerminalDiveRangeM < radius)
                report.Raid(i, "threat", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"terminal_dive_range_m {threat.TerminalDiveRangeM:0} m is shorter than the turn radius {radius:0} m " +
                    $"(cruise_speed_mps / max_turn_rate_deg_per_s), so it could circle its aim point (allowed: a dive range of at least {radius:0} m; override terminal_dive_range_m or max_turn_rate_deg_per_s)"));
        }
    }
}
