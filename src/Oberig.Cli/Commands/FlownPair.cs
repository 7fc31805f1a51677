using Oberig.Core.Diagnostics;
using Oberig.Scenario.Catalog;

namespace Oberig.Cli.Commands;

/// <summary>The interceptor and threat a fly-out command names, looked up in the catalog with the problems a person
/// needs: an unknown id (with the closest one), or an interceptor the flight model cannot fly.</summary>
internal static class FlownPair
{
    public static (InterceptorType? Interceptor, ThreatType? Threat) Resolve(CatalogSet catalog, string interceptorId, string threatId, List<InputProblem> problems)
    {
        if (!catalog.Interceptors.TryGetValue(interceptorId, out var missile))
            problems.Add(new InputProblem("<command line>", 0, "--interceptor", CatalogEntries.UnknownIdProblem(catalog, interceptorId, "interceptor type", catalog.Interceptors.Keys)));
        else if (missile.Flyout is null)
            problems.Add(new InputProblem("<command line>", 0, "--interceptor", $"'{interceptorId}' has no flyout table in the catalog (a {missile.Kind}; guns are not flown yet)"));
        if (!catalog.Threats.TryGetValue(threatId, out var target))
            problems.Add(new InputProblem("<command line>", 0, "--threat", CatalogEntries.UnknownIdProblem(catalog, threatId, "threat type", catalog.Threats.Keys)));
        return (missile, target);
    }
}
