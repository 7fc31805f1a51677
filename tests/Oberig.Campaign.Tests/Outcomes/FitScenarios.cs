using Oberig.Campaign.Outcomes;
using Oberig.Scenario;
using Oberig.Scenario.Campaign;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Model;

namespace Oberig.Campaign.Tests.Outcomes;

/// <summary>
/// A small defended night against the test catalog (Fixtures/catalog, notional): drones from the north and from the
/// east and two ballistic missiles against a city and a plant, a SAM battery with ten ready rounds (four kept back for
/// the ballistic missiles) and a gun at the city, so a bigger raid runs the battery dry and leaks more. Only the
/// city has a value in euros (the plant's losses cost none). Short enough for a night to take well under a second.
/// </summary>
internal static class FitScenarios
{
    private static readonly CatalogSet Catalog = CatalogLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "catalog"));

    public static ScenarioDefinition Defended { get; } = Load("""
        name: Fit test night
        area: {south: 49.5, west: 29.5, north: 51.5, east: 32.0}
        settings: {duration_s: 2400, step_s: 1.0, seed: 5, replications: 2}
        battle_management:
          doctrine: {reserve: {long_range_sam: 4}}  # 4 rounds kept for the ballistic missiles
        assets:
          - {id: city, name: City, position: {lat: 50.45, lon: 30.52}, value: 100, value_eur: 1.0e9, radius_m: 4000}
          - {id: plant, name: Plant, position: {lat: 50.47, lon: 30.55}, value: 50, radius_m: 1500}
        sensors:
          - {id: radar, site: {lat: 50.6, lon: 30.5, alt: 100}, type: test-surveillance, overrides: {scan_period_s: 5}}
        fire_units:
          - {id: sam-1, site: {lat: 50.55, lon: 30.52}, type: test-sam, ready_rounds: 10}
          - {id: gun-1, site: {lat: 50.47, lon: 30.53}, type: test-gun, interceptor_overrides: {single_shot_pk: {drone: 0.4}}}
        raids:
          - {id: drones-north, threat: test-drone, count: 8, launch: {point: {lat: 50.95, lon: 30.52}}, spacing_s: 15, target: city}
          - {id: drones-east, threat: test-drone, count: 4, launch: {point: {lat: 50.47, lon: 31.2}}, launch_time_s: 60, spacing_s: 20, target: plant}
          - {id: ballistic, threat: test-ballistic, count: 2, launch: {point: {lat: 51.3, lon: 31.0}}, launch_time_s: 900, spacing_s: 30, target: city}
        """);

    /// <summary>The fit every test of it shares (fitting takes seconds): all four default scales, 3 replications.</summary>
    public static Lazy<(OutcomeTable Table, IReadOnlyList<FittedNight[]> Nights)> Fitted { get; } = new(() =>
    {
        var table = OutcomeFitter.Fit(Defended, new OutcomeFitOptions { Replications = 3, Threads = 2 }, out var nights);
        return (table, nights);
    });

    private static ScenarioDefinition Load(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"oberig-fit-test-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try { return ScenarioLoader.Load(path, Catalog); }
        finally { File.Delete(path); }
    }
}
