using Oberig.Scenario.Model;

namespace Oberig.Scenario.Rules;

/// <summary>
/// A check that needs more than the file and the catalog (flight physics, say) and so lives in a project above
/// Oberig.Scenario. It runs on the resolved scenario and reports through <see cref="ScenarioLocator"/>, so its
/// problems carry the file, line and field like every other.
/// </summary>
public interface IScenarioRule
{
    void Check(ScenarioDefinition scenario, ScenarioLocator report);
}
