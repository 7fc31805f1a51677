namespace Oberig.Scenario.Tests;

/// <summary>Each class of mistake gives FILE:LINE: field.path: message, located where a person would look.</summary>
public sealed class ScenarioErrorTests
{
    private static string[] Problems(string body) => TestFiles.ScenarioProblems(TestFiles.Head + body);

    [Fact]
    public void Yaml_syntax_error_reports_the_parser_line()
    {
        var problems = TestFiles.ScenarioProblems("name: T\nsettings:\n  duration_s: 1\n   step_s: 1\n");
        Assert.Equal(["s.yaml:4: YAML syntax error: While scanning a plain scalar value, found invalid mapping."], problems);
    }

    [Fact]
    public void Unclosed_flow_list_is_a_syntax_error_not_a_crash()
    {
        var problems = TestFiles.ScenarioProblems("name: T\nsettings:\n  duration_s: [1, 2\n  step_s: 1\n");
        var p = Assert.Single(problems);
        Assert.StartsWith("s.yaml:3: YAML syntax error: ", p);
    }

    [Fact]
    public void Misspelt_field_suggests_the_allowed_name()
    {
        var problems = Problems("""
            sensors:
              - id: r1
                site: {lat: 50.9, lon: 30.6}
                typ: test-surveillance
            """);
        Assert.Equal([
            "s.yaml:6: sensors[0].type: required field missing",
            "s.yaml:8: sensors[0].typ: unknown field 'typ' (did you mean 'type'?)",
        ], problems);
    }

    [Fact]
    public void Unknown_top_level_field_lists_allowed_names_when_nothing_is_close()
    {
        var problems = Problems("weather: fog\n");
        Assert.Equal(["s.yaml:5: weather: unknown field 'weather' (allowed: name, description, area, settings, assets, sensors, fire_units, raids, battle_management)"], problems);
    }

    [Fact]
    public void Battle_management_values_are_checked_with_their_lines()
    {
        var problems = Problems("""
            battle_management:
              solver: fastest
              doctrine:
                firing: shoot_look
                salvo: {drone: 0}
            """);
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("s.yaml:6: battle_management.solver: ", problems[0]);
        Assert.Contains("greedy", problems[0]);
        Assert.StartsWith("s.yaml:8: battle_management.doctrine.firing: ", problems[1]);
        Assert.Contains("shoot_look_shoot", problems[1]);
        Assert.StartsWith("s.yaml:9: battle_management.doctrine.salvo.drone: ", problems[2]);
    }

    [Fact]
    public void Wrong_type_says_what_was_expected()
    {
        var problems = TestFiles.ScenarioProblems("""
            name: T
            area: {south: 49, west: 29, north: 53, east: 33}
            settings:
              duration_s: two hours
              step_s: 1
            """);
        Assert.Equal(["s.yaml:4: settings.duration_s: expected a number, got 'two hours'"], problems);
    }

    [Fact]
    public void Latitude_out_of_range_names_the_range()
    {
        var problems = Problems("""
            raids:
              - id: r1
                threat: test-drone
                count: 1
                launch:
                  point: {lat: 95, lon: 31}
                target: city
            """);
        Assert.Equal(["s.yaml:10: raids[0].launch.point.lat: 95 is too large (allowed: -90 to 90)"], problems);
    }

    [Fact]
    public void Zero_step_is_rejected()
    {
        var problems = TestFiles.ScenarioProblems("""
            name: T
            area: {south: 49, west: 29, north: 53, east: 33}
            settings:
              duration_s: 600
              step_s: 0
            """);
        Assert.Equal(["s.yaml:5: settings.step_s: 0 is too small (allowed: more than 0)"], problems);
    }

    [Fact]
    public void Negative_offset_override_is_checked_against_the_catalog_schema()
    {
        var problems = Problems("""
            fire_units:
              - id: sam-1
                site: {lat: 50.5, lon: 30.4}
                type: test-sam
                interceptor_overrides:
                  max_offset_m: -100
            """);
        Assert.Equal(["s.yaml:10: fire_units[0].interceptor_overrides.max_offset_m: -100 is too small (allowed: more than 0)"], problems);
    }

    [Fact]
    public void Negative_speed_override_is_checked_against_the_catalog_schema()
    {
        var problems = Problems("""
            raids:
              - id: r1
                threat: test-drone
                count: 1
                launch: {point: {lat: 52, lon: 31}}
                target: city
                overrides:
                  cruise_speed_mps: -5
            """);
        Assert.Equal(["s.yaml:12: raids[0].overrides.cruise_speed_mps: -5 is too small (allowed: at least 0)"], problems);
    }

    [Fact]
    public void Override_of_a_field_the_type_lacks_suggests_the_real_one()
    {
        var problems = Problems("""
            sensors:
              - id: r1
                site: {lat: 50.9, lon: 30.6}
                type: test-surveillance
                overrides:
                  scan_perod_s: 5
                  kind: fire_control
            """);
        Assert.Equal([
            "s.yaml:11: sensors[0].overrides.kind: 'kind' cannot be overridden (a scenario changes a type's figures, not its identity or sources)",
            "s.yaml:10: sensors[0].overrides.scan_perod_s: unknown field 'scan_perod_s' (did you mean 'scan_period_s'?)",
        ], problems);
    }

    [Fact]
    public void Unknown_catalog_reference_suggests_an_id_of_that_kind()
    {
        var problems = Problems("""
            fire_units:
              - id: u1
                site: {lat: 50.5, lon: 30.4}
                type: test-samm
              - id: u2
                site: {lat: 50.5, lon: 30.4}
                type: test-surveillance
            """);
        Assert.Equal([
            "s.yaml:8: fire_units[0].type: unknown system type 'test-samm' (did you mean 'test-sam'?)",
            "s.yaml:11: fire_units[1].type: 'test-surveillance' is a sensor type, not a system type",
        ], problems);
    }

    [Fact]
    public void Duplicate_id_across_lists_points_at_the_first_use()
    {
        var problems = Problems("""
            sensors:
              - id: city
                site: {lat: 50.9, lon: 30.6}
                type: test-surveillance
            """);
        Assert.Equal(["s.yaml:6: sensors[0].id: duplicate id 'city' (already used by assets[0] at line 4; ids are unique across assets, sensors, fire units and raids)"], problems);
    }

    [Fact]
    public void Duplicate_key_is_a_clean_problem()
    {
        var problems = TestFiles.ScenarioProblems("name: T\nname: U\n");
        Assert.Equal(["s.yaml:2: duplicate field 'name' (each field may appear once)"], problems);
    }

    [Fact]
    public void Raid_with_no_threats_is_rejected()
    {
        var problems = Problems("""
            raids:
              - id: r1
                threat: test-drone
                count: 0
                launch: {point: {lat: 52, lon: 31}}
                target: city
            """);
        Assert.Equal(["s.yaml:8: raids[0].count: 0 is too small (allowed: at least 1)"], problems);
    }

    [Fact]
    public void Raid_with_neither_target_nor_route_is_rejected()
    {
        var problems = Problems("""
            raids:
              - id: r1
                threat: test-drone
                count: 3
                launch: {point: {lat: 52, lon: 31}}
            """);
        Assert.Equal(["s.yaml:6: raids[0]: the raid has neither a 'target' nor a 'route' (allowed: a target asset id, or a non-empty route whose last waypoint is the aim point)"], problems);
    }

    [Fact]
    public void Launch_needs_exactly_one_of_point_or_area()
    {
        var problems = Problems("""
            raids:
              - id: r1
                threat: test-drone
                count: 3
                launch: {}
                target: city
            """);
        Assert.Equal(["s.yaml:9: raids[0].launch: give exactly one of 'point' or 'area'"], problems);
    }

    [Fact]
    public void Route_longer_than_the_threat_range_never_reaches_its_target()
    {
        // test-ballistic has range_m 500000; launch 52N 31E -> waypoint 49.5N 29.5E -> city (50.45N 30.52E) is ~430 km.
        var problems = Problems("""
            raids:
              - id: r1
                threat: test-ballistic
                count: 1
                launch: {point: {lat: 52.9, lon: 32.9}}
                target: city
                route:
                  - {lat: 49.1, lon: 29.1}
            """);
        var p = Assert.Single(problems);
        Assert.Matches(@"^s\.yaml:11: raids\[0\]\.route: route never reaches its target: path [0-9,]+ km exceeds the threat's range 500 km$", p);
    }

    [Fact]
    public void Target_must_be_a_known_asset()
    {
        var problems = Problems("""
            raids:
              - id: r1
                threat: test-drone
                count: 1
                launch: {point: {lat: 52, lon: 31}}
                target: citty
            """);
        Assert.Equal(["s.yaml:10: raids[0].target: unknown asset 'citty' (did you mean 'city'?)"], problems);
    }

    [Fact]
    public void Sites_outside_the_area_are_rejected()
    {
        var problems = Problems("""
            sensors:
              - id: r1
                site: {lat: 48.5, lon: 30.6}
                type: test-surveillance
            """);
        Assert.Equal(["s.yaml:7: sensors[0].site: (48.5, 30.6) lies outside the scenario area (allowed: latitude 49 to 53, longitude 29 to 33)"], problems);
    }

    [Fact]
    public void Ready_rounds_above_capacity_are_rejected()
    {
        var problems = Problems("""
            fire_units:
              - id: u1
                site: {lat: 50.5, lon: 30.4}
                type: test-sam
                launchers: 2
                ready_rounds: 17
            """);
        Assert.Equal(["s.yaml:10: fire_units[0].ready_rounds: 17 is more than the launchers hold (allowed: at most 2 launchers x 8 rounds = 16)"], problems);
    }

    [Fact]
    public void All_problems_are_reported_at_once_schema_first()
    {
        var problems = TestFiles.ScenarioProblems("""
            name: T
            area: {south: 49, west: 29, north: 53, east: 33}
            settings: {duration_s: 600, step_s: 1, replications: 0}
            assets:
              - id: city
                position: {lat: 50.45, lon: 30.52}
                value: 1
                radius_m: 1000
                colour: red
            sensors:
              - id: r1
                site: {lat: 50.9, lon: 30.6}
                type: test-radar
            raids:
              - id: r1
                threat: test-drone
                count: 1
                launch: {point: {lat: 52, lon: 31}}
            """);
        Assert.Equal([
            "s.yaml:3: settings.replications: 0 is too small (allowed: at least 1)",
            "s.yaml:9: assets[0].colour: unknown field 'colour' (allowed: id, name, position, value, value_eur, radius_m)",
            "s.yaml:15: raids[0].id: duplicate id 'r1' (already used by sensors[0] at line 11; ids are unique across assets, sensors, fire units and raids)",
            "s.yaml:13: sensors[0].type: unknown sensor type 'test-radar' (known: test-fire-control, test-surveillance)",
            "s.yaml:15: raids[0]: the raid has neither a 'target' nor a 'route' (allowed: a target asset id, or a non-empty route whose last waypoint is the aim point)",
        ], problems);
    }
}
