using Oberig.Core.Diagnostics;
using Oberig.Core.Time;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Loading;
using Oberig.Scenario.Model;
using Oberig.Scenario.Rules;

namespace Oberig.Scenario.Resolution;

/// <summary>
/// File -> parsed tree -> schema -> semantic rules -> <see cref="ScenarioDefinition"/>. Every stage adds to one list of
/// problems; the definition is returned only when that list stays empty.
/// </summary>
internal static class ScenarioResolver
{
    public static ScenarioDefinition? Resolve(string path, CatalogSet catalog, List<InputProblem> problems, IReadOnlyList<IScenarioRule> rules)
    {
        var doc = DocumentReader.Read(path, problems);
        if (doc is null) return null;
        var issues = SchemaValidator.Validate(doc.Root, SchemaSet.Get(SchemaSet.ScenarioUri));
        problems.AddRange(doc.Problems(issues).OrderBy(p => p.Line));
        var ctx = new ResolutionContext(doc, catalog, issues, problems);

        var area = Area(ctx);
        ctx.Area = area;
        var settings = Settings(ctx);
        IdRule.Check(ctx);
        var assets = Each(ctx, "assets", SiteResolvers.Asset);
        var sensors = Each(ctx, "sensors", SiteResolvers.Sensor);
        var fireUnits = Each(ctx, "fire_units", FireUnitResolver.Resolve);
        var assetsById = assets.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var allAssetIds = AllIds(ctx, "assets");
        var raids = Each(ctx, "raids", (c, p) => RaidResolver.Resolve(c, p, assetsById, allAssetIds));
        var battleManagement = ctx.Read<BattleManagementSettings>("/battle_management");

        if (problems.Count > 0 || area is null || settings is null) return null;
        var scenario = new ScenarioDefinition
        {
            Name = doc.Root["name"]!.GetValue<string>(),
            Description = doc.Root["description"]?.GetValue<string>(),
            CatalogVersion = catalog.Version,
            Area = area,
            Settings = settings,
            Assets = assets,
            Sensors = sensors,
            FireUnits = fireUnits,
            Raids = raids,
            BattleManagement = battleManagement,
        };
        // Rules from above this project see only a scenario that is sound in every other respect.
        var locator = new ScenarioLocator(doc, problems);
        foreach (var rule in rules) rule.Check(scenario, locator);
        return problems.Count > 0 ? null : scenario;
    }

    private static GeoArea? Area(ResolutionContext ctx)
    {
        var a = ctx.Read<AreaShape>("/area");
        if (a is null) return null;
        if (a.North <= a.South)
        {
            ctx.Report("/area/north", $"{a.North} is not north of south {a.South} (allowed: more than {a.South})");
            return null;
        }
        return new GeoArea(a.South, a.West, a.North, a.East);
    }

    private static SimulationSettings? Settings(ResolutionContext ctx)
    {
        var s = ctx.Read<SettingsShape>("/settings");
        if (s is null) return null;
        if (s.StepS > s.DurationS)
        {
            ctx.Report("/settings/step_s", $"{s.StepS} is longer than duration_s {s.DurationS} (allowed: at most duration_s)");
            return null;
        }
        return new SimulationSettings
        {
            Duration = SimDuration.FromSeconds(s.DurationS),
            Step = SimDuration.FromSeconds(s.StepS),
            Seed = s.Seed ?? 1,
            Replications = s.Replications ?? 1,
            EarthRotation = s.EarthRotation ?? false,
        };
    }

    private static List<T> Each<T>(ResolutionContext ctx, string list, Func<ResolutionContext, string, T?> resolve) where T : class
    {
        var result = new List<T>();
        for (int i = 0; i < ctx.Count("/" + list); i++)
        {
            if (resolve(ctx, JsonPointerText.Append("/" + list, i)) is { } item) result.Add(item);
        }
        return result;
    }

    private static HashSet<string> AllIds(ResolutionContext ctx, string list)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < ctx.Count("/" + list); i++)
        {
            if (JsonPointerText.Resolve(ctx.Doc.Root, $"/{list}/{i}/id") is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var id)) ids.Add(id);
        }
        return ids;
    }
}
