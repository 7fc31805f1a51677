using Oberig.Core.Diagnostics;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Model;
using Oberig.Scenario.Resolution;
using Oberig.Scenario.Rules;

namespace Oberig.Scenario;

/// <summary>
/// Reads a scenario file (YAML or JSON, docs/FORMATS.md) and resolves it against a catalog. Problems are reported all
/// at once as <c>FILE:LINE: field.path: what is wrong (what is allowed)</c>; schema problems come first.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>The resolved scenario, or an <see cref="InputException"/> carrying every problem found.</summary>
    /// <param name="rules">Checks from higher layers (flight physics) run on the resolved scenario.</param>
    public static ScenarioDefinition Load(string path, CatalogSet catalog, IReadOnlyList<IScenarioRule>? rules = null)
    {
        var problems = new List<InputProblem>();
        var scenario = ScenarioResolver.Resolve(path, catalog, problems, rules ?? []);
        if (scenario is null || problems.Count > 0)
            throw new InputException(problems.Count > 0 ? problems : [new InputProblem(path, 0, "", "the scenario could not be resolved")]);
        return scenario;
    }

    /// <summary>Every problem with the scenario; empty when it loads.</summary>
    public static IReadOnlyList<InputProblem> Validate(string path, CatalogSet catalog, IReadOnlyList<IScenarioRule>? rules = null)
    {
        var problems = new List<InputProblem>();
        ScenarioResolver.Resolve(path, catalog, problems, rules ?? []);
        return problems;
    }
}
