using Oberig.Scenario.Catalog;

namespace Oberig.Scenario.Tests;

public sealed class CatalogLoaderTests
{
    /// <summary>A copy of the fixture catalog with one file's text changed by <paramref name="edit"/>.</summary>
    private static string CopyWith(string file, Func<string, string> edit)
    {
        var dir = TestFiles.NewDirectory();
        foreach (var f in CatalogLoader.FileNames)
        {
            var text = File.ReadAllText(Path.Combine(TestFiles.CatalogDirectory, f));
            File.WriteAllText(Path.Combine(dir, f), f == file ? edit(text) : text);
        }
        return dir;
    }

    private static string[] Problems(string dir) =>
        CatalogLoader.Validate(dir).Select(p => p.ToString().Replace(dir + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Fixture_catalog_loads_every_kind()
    {
        var c = TestFiles.Catalog;
        Assert.Equal("test.1", c.Version);
        Assert.Equal(ThreatKind.BallisticMissile, c.Threats["test-ballistic"].Kind);
        Assert.Equal(5000, c.Threats["test-ballistic"].BallisticCoefficientKgPerM2);
        Assert.Null(c.Threats["test-drone"].BurnTimeS);
        Assert.Equal(SensorKind.FireControl, c.Sensors["test-fire-control"].Kind);
        Assert.Equal(InterceptorKind.GunRound, c.Interceptors["test-gun-round"].Kind);
        Assert.Equal(20, c.Interceptors["test-gun-round"].BurstRounds);
        Assert.Equal(SystemKind.LongRangeSam, c.Systems["test-sam"].Kind);
        Assert.Equal("notional: test fixture", c.Threats["test-drone"].Sources["range_m"]);
    }

    [Fact]
    public void A_number_without_a_source_is_rejected()
    {
        var dir = CopyWith("sensors.yaml", t => t.Replace("      scan_period_s: notional\n", "", StringComparison.Ordinal));
        Assert.Equal([
            "sensors.yaml:15: sensors[0].scan_period_s: this number has no source (add 'sources: {scan_period_s: ...}' with a public reference, or 'notional: reason')",
            "sensors.yaml:50: sensors[1].scan_period_s: this number has no source (add 'sources: {scan_period_s: ...}' with a public reference, or 'notional: reason')",
        ], Problems(dir));
    }

    [Fact]
    public void Single_shot_pk_is_loaded_by_threat_class_and_a_class_left_out_is_null()
    {
        var pk = TestFiles.Catalog.Interceptors["test-missile"].SingleShotPk;
        Assert.NotNull(pk);
        Assert.Equal(0.9, pk.Drone);
        Assert.Equal(0.7, pk.Ballistic);
        Assert.Null(pk.Cruise);
        Assert.Null(TestFiles.Catalog.Interceptors["test-gun-round"].SingleShotPk);
        Assert.Equal("notional", TestFiles.Catalog.Interceptors["test-missile"].Sources["single_shot_pk.ballistic"]);
    }

    [Fact]
    public void A_single_shot_pk_without_a_source_is_rejected()
    {
        var dir = CopyWith("interceptors.yaml", t => t.Replace("      single_shot_pk.ballistic: notional\n", "", StringComparison.Ordinal));
        Assert.Equal([
            "interceptors.yaml:16: interceptors[0].single_shot_pk.ballistic: this number has no source (add 'sources: {single_shot_pk.ballistic: ...}' with a public reference, or 'notional: reason')",
        ], Problems(dir));
    }

    [Fact]
    public void Engage_on_remote_loads_and_needs_a_source_like_a_number()
    {
        var sourced = CopyWith("systems.yaml", t => t.Replace("    fire_channels: 10\n    sources:\n", "    fire_channels: 10\n    engage_on_remote: true\n    sources:\n      engage_on_remote: notional\n", StringComparison.Ordinal));
        var loaded = CatalogLoader.Load(sourced);
        Assert.True(loaded.Systems.Values.Single(s => s.FireChannels == 10).EngageOnRemote);
        Assert.False(TestFiles.Catalog.Systems.Values.Single(s => s.FireChannels == 10).EngageOnRemote);

        var unsourced = CopyWith("systems.yaml", t => t.Replace("    fire_channels: 10\n    sources:\n", "    fire_channels: 10\n    engage_on_remote: true\n    sources:\n", StringComparison.Ordinal));
        Assert.Equal([
            "systems.yaml:13: systems[0].engage_on_remote: this claim has no source (add 'sources: {engage_on_remote: ...}' with a public reference, or 'notional: reason')",
        ], Problems(unsourced));
    }

    [Theory]
    [InlineData("1.2", "is too large (allowed: 0 to 1)")]
    [InlineData("-0.1", "is too small (allowed: 0 to 1)")]
    public void A_single_shot_pk_outside_0_1_is_rejected(string value, string expected)
    {
        var dir = CopyWith("interceptors.yaml", t => t.Replace("      ballistic: 0.7\n", $"      ballistic: {value}\n", StringComparison.Ordinal));
        // The entry is then left out, so the system that names it reports an unknown interceptor too.
        var problem = Problems(dir)[0];
        Assert.StartsWith($"interceptors.yaml:16: interceptors[0].single_shot_pk.ballistic: {value} ", problem, StringComparison.Ordinal);
        Assert.EndsWith(expected, problem, StringComparison.Ordinal);
    }

    /// <summary>The fixture with <c>max_offset_m: {value}</c> (line 11) on test-missile, sourced unless told.</summary>
    private static string WithOffset(string value, bool sourced = true) => CopyWith("interceptors.yaml", t => t
        .Replace("    max_altitude_m: 20000\n", $"    max_altitude_m: 20000\n    max_offset_m: {value}\n", StringComparison.Ordinal)
        .Replace("      mass_kg: notional\n", sourced ? "      mass_kg: notional\n      max_offset_m: notional\n" : "      mass_kg: notional\n", StringComparison.Ordinal));

    [Fact]
    public void Max_offset_is_optional_and_absent_means_no_limit()
    {
        Assert.Null(TestFiles.Catalog.Interceptors["test-missile"].MaxOffsetM);
        var dir = WithOffset("25000");
        Assert.Empty(Problems(dir));
        Assert.Equal(25_000, CatalogLoader.Load(dir).Interceptors["test-missile"].MaxOffsetM);
    }

    [Theory]
    [InlineData("-5", "interceptors.yaml:11: interceptors[0].max_offset_m: -5 is too small (allowed: more than 0)")]
    [InlineData("0", "interceptors.yaml:11: interceptors[0].max_offset_m: 0 is too small (allowed: more than 0)")]
    [InlineData("far", "interceptors.yaml:11: interceptors[0].max_offset_m: expected a number, got 'far'")]
    [InlineData("150000", "interceptors.yaml:11: interceptors[0].max_offset_m: 150000 is more than max_range_m 100000 (allowed: at most max_range_m)")]
    public void A_negative_non_numeric_or_unreachable_max_offset_is_rejected_at_its_line(string value, string expected)
    {
        // The entry is then left out, so the system naming it also reports an unknown interceptor, after this.
        Assert.Equal(expected, Problems(WithOffset(value))[0]);
    }

    [Fact]
    public void A_max_offset_without_a_source_is_rejected()
    {
        Assert.Equal([
            "interceptors.yaml:11: interceptors[0].max_offset_m: this number has no source (add 'sources: {max_offset_m: ...}' with a public reference, or 'notional: reason')",
        ], Problems(WithOffset("25000", sourced: false)));
    }

    /// <summary>
    /// The fixture with an <c>evasive</c> block on test-drone (lines 18-21: weave_g 19, weave_period_s 20, from_range_m
    /// 21), each number sourced unless <paramref name="unsourced"/> names it.
    /// </summary>
    private static string WithWeave(string g = "3", string periodS = "6", string fromRangeM = "5000", string? unsourced = null) =>
        CopyWith("threats.yaml", t => t
            .Replace("    damage_fraction: 0.1\n", $"    damage_fraction: 0.1\n    evasive:\n      weave_g: {g}\n      weave_period_s: {periodS}\n      from_range_m: {fromRangeM}\n", StringComparison.Ordinal)
            .Replace("      range_m: \"notional: test fixture\"\n", "      range_m: \"notional: test fixture\"\n" + string.Concat(
                new[] { "weave_g", "weave_period_s", "from_range_m" }.Where(f => f != unsourced).Select(f => $"      evasive.{f}: \"notional: test weave\"\n")), StringComparison.Ordinal));

    [Fact]
    public void An_evasive_weave_is_optional_and_loads_with_its_sources()
    {
        Assert.Null(TestFiles.Catalog.Threats["test-drone"].Evasive);
        var dir = WithWeave();
        Assert.Empty(Problems(dir));
        var drone = CatalogLoader.Load(dir).Threats["test-drone"];
        Assert.Equal(new EvasiveWeave { WeaveG = 3, WeavePeriodS = 6, FromRangeM = 5000 }, drone.Evasive);
        Assert.Equal("notional: test weave", drone.Sources["evasive.weave_period_s"]);
    }

    [Theory]
    [InlineData("0", "6", "5000", "threats.yaml:19: threats[0].evasive.weave_g: 0 is too small (allowed: more than 0 and at most 15)")]
    [InlineData("16", "6", "5000", "threats.yaml:19: threats[0].evasive.weave_g: 16 is too large (allowed: more than 0 and at most 15)")]
    [InlineData("3", "0", "5000", "threats.yaml:20: threats[0].evasive.weave_period_s: 0 is too small (allowed: more than 0)")]
    [InlineData("3", "6", "2000", "threats.yaml:21: threats[0].evasive.from_range_m: 2000 is not more than terminal_dive_range_m 2000 (allowed: more than terminal_dive_range_m, so that the weave is flown before the dive)")]
    [InlineData("3", "40", "5000", "threats.yaml:20: threats[0].evasive.weave_period_s: 40 is not less than the shortest dive, 33.333 s (terminal_dive_range_m / terminal_speed_mps) (allowed: less, so that the last weave ends before the impact)")]
    public void An_unusable_evasive_weave_is_rejected_at_its_line(string g, string periodS, string fromRangeM, string expected)
    {
        Assert.Equal([expected], Problems(WithWeave(g, periodS, fromRangeM)));
    }

    [Fact]
    public void An_evasive_weave_number_without_a_source_is_rejected()
    {
        Assert.Equal([
            "threats.yaml:21: threats[0].evasive.from_range_m: this number has no source (add 'sources: {evasive.from_range_m: ...}' with a public reference, or 'notional: reason')",
        ], Problems(WithWeave(unsourced: "from_range_m")));
    }

    [Fact]
    public void A_ballistic_missile_cannot_weave()
    {
        var dir = CopyWith("threats.yaml", t => t
            .Replace("    ballistic_coefficient_kg_per_m2: 5000\n", "    ballistic_coefficient_kg_per_m2: 5000\n    evasive: {weave_g: 3, weave_period_s: 6, from_range_m: 50000}\n", StringComparison.Ordinal)
            .Replace("      ballistic_coefficient_kg_per_m2: notional\n", "      ballistic_coefficient_kg_per_m2: notional\n      evasive.weave_g: notional\n      evasive.weave_period_s: notional\n      evasive.from_range_m: notional\n", StringComparison.Ordinal));
        Assert.Equal([
            "threats.yaml:47: threats[1].evasive: a ballistic missile cannot weave: its flight is a solved ballistic arc onto the aim point, with no cruise to weave across (allowed: drone, decoy and cruise_missile)",
        ], Problems(dir));
    }

    [Fact]
    public void Ids_are_unique_across_the_catalog()
    {
        var dir = CopyWith("interceptors.yaml", t => t.Replace("id: test-missile", "id: test-drone", StringComparison.Ordinal));
        Assert.Equal([
            "interceptors.yaml:4: interceptors[0].id: duplicate id 'test-drone' (already the threat type at threats.yaml:4; ids are unique across the catalog)",
            "systems.yaml:7: systems[0].interceptor: unknown interceptor type 'test-missile' (known: test-gun-round)",
        ], Problems(dir));
    }

    [Fact]
    public void System_references_must_be_of_the_right_kind()
    {
        var dir = CopyWith("systems.yaml", t => t.Replace("fire_control_radar: test-fire-control\n    launchers: 4", "fire_control_radar: test-fire-contrl\n    launchers: 4", StringComparison.Ordinal)
            .Replace("interceptor: test-gun-round", "interceptor: test-gun", StringComparison.Ordinal));
        Assert.Equal([
            "systems.yaml:8: systems[0].fire_control_radar: unknown sensor type 'test-fire-contrl' (did you mean 'test-fire-control'?)",
            "systems.yaml:21: systems[1].interceptor: 'test-gun' is a system type, not an interceptor type",
        ], Problems(dir));
    }

    [Fact]
    public void Schema_errors_in_entries_are_located()
    {
        var dir = CopyWith("threats.yaml", t => t.Replace("kind: drone", "kind: drones", StringComparison.Ordinal).Replace("rcs_m2: 0.1", "rcs_m2: -0.1", StringComparison.Ordinal));
        Assert.Equal([
            "threats.yaml:6: threats[0].kind: 'drones' is not allowed (did you mean 'drone'?) (allowed: drone, decoy, cruise_missile, ballistic_missile)",
            "threats.yaml:14: threats[0].rcs_m2: -0.1 is too small (allowed: more than 0)",
        ], Problems(dir));
    }

    [Fact]
    public void Different_file_versions_are_joined()
    {
        var dir = CopyWith("systems.yaml", t => t.Replace("version: \"test.1\"", "version: \"test.2\"", StringComparison.Ordinal));
        Assert.Equal("threats test.1, sensors test.1, interceptors test.1, systems test.2", CatalogLoader.Load(dir).Version);
    }

    [Fact]
    public void Missing_file_and_missing_directory_are_clean_problems()
    {
        var dir = TestFiles.NewDirectory();
        Assert.Equal(4, CatalogLoader.Validate(dir).Count);
        Assert.Contains("file not found", CatalogLoader.Validate(dir)[0].Message, StringComparison.Ordinal);
        var ex = Assert.Throws<Oberig.Core.Diagnostics.InputException>(() => CatalogLoader.Load(Path.Combine(dir, "nope")));
        Assert.StartsWith("catalog directory not found", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Locator_walks_up_to_a_catalog_folder()
    {
        var root = TestFiles.NewDirectory();
        var catalog = Path.Combine(root, "catalog");
        Directory.CreateDirectory(catalog);
        File.WriteAllText(Path.Combine(catalog, "threats.yaml"), "version: x\nthreats: []\n");
        var deep = Directory.CreateDirectory(Path.Combine(root, "a", "b")).FullName;
        Assert.Equal(catalog, CatalogLocator.FindDefault(deep));
        Assert.Equal("/explicit", CatalogLocator.Resolve("/explicit", deep));
    }
}
