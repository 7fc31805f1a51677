using Oberig.Scenario.Catalog;
using Oberig.Scenario.Model;

namespace Oberig.Scenario.Tests;

public sealed class ValidScenarioTests
{
    private static ScenarioDefinition LoadFixture(string name) =>
        ScenarioLoader.Load(TestFiles.FixturePath("scenarios", name), TestFiles.Catalog);

    [Fact]
    public void Valid_scenario_resolves_with_catalog_entries_and_defaults()
    {
        var s = LoadFixture("valid.yaml");
        Assert.Equal("Test night raid", s.Name);
        Assert.Equal(new GeoArea(49, 29, 53, 33), s.Area);
        Assert.Equal(7200, s.Settings.Duration.Seconds);
        Assert.Equal(7UL, s.Settings.Seed);
        Assert.Equal(3, s.Settings.Replications);
        Assert.False(s.Settings.EarthRotation);
        Assert.Single(s.Assets);
        Assert.Equal(150, s.Sensors[0].Site.HeightM);

        var sam = s.FireUnits[0];
        Assert.Equal("test-missile", sam.Interceptor.Id);
        Assert.Equal("test-fire-control", sam.FireControlRadar.Id);
        Assert.Equal(4, sam.Launchers);
        Assert.Equal(24, sam.ReadyRounds);
        Assert.Equal(3600, sam.ReloadTime.Seconds);
        Assert.Equal(10, sam.FireChannels);
        Assert.Equal(320, s.FireUnits[1].ReadyRounds); // default: launchers x rounds per launcher
    }

    [Fact]
    public void Overrides_are_applied_and_their_source_names_the_scenario()
    {
        var s = LoadFixture("valid.yaml");
        var radar = s.Sensors[0].Type;
        Assert.Equal(5, radar.ScanPeriodS);
        Assert.Equal(300000, radar.InstrumentedRangeM); // untouched fields keep the catalog's value
        Assert.StartsWith("scenario override (", radar.Sources["scan_period_s"]);
        Assert.Equal("notional", radar.Sources["peak_power_w"]);
        Assert.Equal(10, TestFiles.Catalog.Sensors["test-surveillance"].ScanPeriodS); // the catalog itself is unchanged
        Assert.Equal(80, s.Raids[0].Threat.CruiseAltitudeM);
        Assert.Equal(3500, s.FireUnits[1].Interceptor.MaxRangeM);
    }

    /// <summary>The test-sam unit's interceptor with <c>interceptor_overrides: {overrides}</c> on line 9 of path.</summary>
    private static (string Path, InterceptorType Missile) Overridden(string overrides)
    {
        var path = TestFiles.Write(TestFiles.Head + $$"""
            fire_units:
              - id: sam-1
                site: {lat: 50.5, lon: 30.4}
                type: test-sam
                interceptor_overrides: {{overrides}}
            """);
        return (path, ScenarioLoader.Load(path, TestFiles.Catalog).FireUnits[0].Interceptor);
    }

    [Fact]
    public void A_single_shot_pk_override_replaces_the_whole_table_and_re_sources_it()
    {
        var (path, missile) = Overridden("{single_shot_pk: {drone: 0.5}}");
        Assert.Equal(0.5, missile.SingleShotPk!.Drone);
        Assert.Null(missile.SingleShotPk.Ballistic); // the catalog's 0.7 went with its table
        Assert.Equal($"scenario override ({path}:9)", missile.Sources["single_shot_pk.drone"]);
        Assert.False(missile.Sources.ContainsKey("single_shot_pk.ballistic"));
    }

    [Fact]
    public void A_scenario_may_give_an_interceptor_an_offset_limit_the_catalog_lacks()
    {
        var (path, missile) = Overridden("{max_offset_m: 8000}");
        Assert.Equal(8000, missile.MaxOffsetM);
        Assert.Equal($"scenario override ({path}:9)", missile.Sources["max_offset_m"]);
    }

    [Fact]
    public void Raids_resolve_target_route_launch_and_aim_point()
    {
        var s = LoadFixture("valid.yaml");
        var north = s.Raids[0];
        Assert.Equal("city", north.Target!.Id);
        Assert.Equal(north.Target.Position, north.AimPoint);
        Assert.Single(north.Route);
        Assert.Equal(0, north.Launch.RadiusM);
        Assert.Equal(20, north.Spacing.Seconds);

        var east = s.Raids[1];
        Assert.Null(east.Target);
        Assert.Equal(50.44, east.AimPoint.LatitudeDeg);
        Assert.Single(east.Route); // the last waypoint became the aim point
        Assert.Null(east.Route[0].HeightM);
        Assert.Equal(20000, east.Launch.RadiusM);
        Assert.Equal(600, east.FirstLaunch.Seconds);
    }

    [Fact]
    public void Battle_management_section_is_read_and_is_optional()
    {
        string text = File.ReadAllText(TestFiles.FixturePath("scenarios", "valid.yaml")) + """

            battle_management:
              solver: exact
              decision_period_s: 4
              doctrine:
                firing: shoot_shoot
                salvo: {ballistic: 3}
                cost_weight: 0.5
                reserve: {long_range_sam: 8}
                reserve_value_eur: 3.0e7
            """;
        var dir = TestFiles.NewDirectory();
        string path = Path.Combine(dir, "with-bm.yaml");
        File.WriteAllText(path, text);
        var bm = ScenarioLoader.Load(path, TestFiles.Catalog).BattleManagement!;
        Assert.Equal("exact", bm.Solver);
        Assert.Equal(4, bm.DecisionPeriodS);
        Assert.Equal(FiringRule.ShootShoot, bm.Doctrine!.Firing);
        Assert.Equal(3, bm.Doctrine.Salvo!.Ballistic);
        Assert.Null(bm.Doctrine.Salvo.Drone);
        Assert.Equal(0.5, bm.Doctrine.CostWeight);
        Assert.Equal(8, bm.Doctrine.Reserve!.LongRangeSam);
        Assert.Equal(3e7, bm.Doctrine.ReserveValueEur);
        Assert.Null(LoadFixture("valid.yaml").BattleManagement);
    }

    [Fact]
    public void Json_input_resolves_to_the_same_scenario_as_yaml()
    {
        var yaml = LoadFixture("valid.yaml");
        var json = LoadFixture("valid.json");
        Assert.Equal(yaml.Name, json.Name);
        Assert.Equal(yaml.Area, json.Area);
        Assert.Equal(yaml.Settings, json.Settings);
        Assert.Equal(yaml.Assets, json.Assets);
        Assert.Equal(yaml.Sensors.Select(x => (x.Id, x.Site, x.Type.ScanPeriodS)), json.Sensors.Select(x => (x.Id, x.Site, x.Type.ScanPeriodS)));
        Assert.Equal(yaml.FireUnits.Select(f => (f.Id, f.ReadyRounds, f.Interceptor.MaxRangeM)), json.FireUnits.Select(f => (f.Id, f.ReadyRounds, f.Interceptor.MaxRangeM)));
        Assert.Equal(yaml.Raids.Select(r => (r.Id, r.AimPoint, r.Route.Count, r.Threat.CruiseAltitudeM)), json.Raids.Select(r => (r.Id, r.AimPoint, r.Route.Count, r.Threat.CruiseAltitudeM)));
    }

    [Fact]
    public void Json_errors_are_located_by_line_too()
    {
        var problems = TestFiles.ScenarioProblems("""
            {
              "name": "T",
              "area": {"south": 49, "west": 29, "north": 53, "east": 33},
              "settings": {"duration_s": 600,
                           "step_s": 0}
            }
            """, "s.json");
        Assert.Equal(["s.json:5: settings.step_s: 0 is too small (allowed: more than 0)"], problems);
    }

    [Fact]
    public void Earth_rotation_is_read_from_settings_and_must_be_a_boolean()
    {
        var text = File.ReadAllText(TestFiles.FixturePath("scenarios", "valid.yaml"));
        var on = TestFiles.Write(text.Replace("settings:\n", "settings:\n  earth_rotation: true\n", StringComparison.Ordinal));
        Assert.True(ScenarioLoader.Load(on, TestFiles.Catalog).Settings.EarthRotation);
        var wrong = TestFiles.Write(text.Replace("settings:\n", "settings:\n  earth_rotation: sometimes\n", StringComparison.Ordinal));
        var problem = Assert.Single(ScenarioLoader.Validate(wrong, TestFiles.Catalog));
        Assert.Equal("settings.earth_rotation", problem.FieldPath);
    }
}
