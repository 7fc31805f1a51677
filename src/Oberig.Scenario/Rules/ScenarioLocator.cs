using Oberig.Core.Diagnostics;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Rules;

/// <summary>Turns "this part of the resolved scenario" into a located <see cref="InputProblem"/>.</summary>
public sealed class ScenarioLocator
{
    private readonly ParsedDocument _doc;
    private readonly List<InputProblem> _problems;

    internal ScenarioLocator(ParsedDocument doc, List<InputProblem> problems)
    {
        _doc = doc;
        _problems = problems;
    }

    /// <summary>A problem with the raid at <paramref name="raidIndex"/> (its place in the file's list), at one of its fields.</summary>
    public void Raid(int raidIndex, string field, string message) =>
        _problems.Add(_doc.Problem($"/raids/{raidIndex}/{field}", message));
}
