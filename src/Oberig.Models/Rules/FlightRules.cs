using Oberig.Scenario.Rules;

namespace Oberig.Models.Rules;

/// <summary>The scenario checks that need the flight models; every command that loads a scenario passes them.</summary>
public static class FlightRules
{
    public static IReadOnlyList<IScenarioRule> All { get; } = [new BallisticReachRule(), new DiveCaptureRule()];
}
