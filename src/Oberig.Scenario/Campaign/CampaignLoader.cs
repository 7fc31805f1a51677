using Oberig.Core.Diagnostics;
using Oberig.Scenario.Catalog;

namespace Oberig.Scenario.Campaign;

/// <summary>
/// Reads a campaign file (YAML or JSON, docs/FORMATS.md "Campaign files") and checks it against itself and a catalog.
/// Problems are reported all at once as <c>FILE:LINE: field.path: what is wrong (what is allowed)</c>; schema
/// problems come first.
/// </summary>
public static class CampaignLoader
{
    /// <summary>The campaign, or an <see cref="InputException"/> carrying every problem found.</summary>
    public static CampaignDefinition Load(string path, CatalogSet catalog)
    {
        var problems = new List<InputProblem>();
        var campaign = CampaignResolver.Resolve(path, catalog, problems);
        if (campaign is null || problems.Count > 0)
            throw new InputException(problems.Count > 0 ? problems : [new InputProblem(path, 0, "", "the campaign could not be read")]);
        return campaign;
    }

    /// <summary>Every problem with the campaign; empty when it loads.</summary>
    public static IReadOnlyList<InputProblem> Validate(string path, CatalogSet catalog)
    {
        var problems = new List<InputProblem>();
        CampaignResolver.Resolve(path, catalog, problems);
        return problems;
    }
}
