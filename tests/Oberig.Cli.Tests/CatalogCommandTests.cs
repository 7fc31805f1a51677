using System.Text.Json.Nodes;

namespace Oberig.Cli.Tests;

public sealed class CatalogCommandTests
{
    [Fact]
    public void List_shows_every_type_with_key_figures()
    {
        var (exit, stdout, stderr) = Cli.Run("catalog", "list", "--catalog", Cli.Catalog);
        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        foreach (var id in new[] { "test-drone", "test-ballistic", "test-surveillance", "test-fire-control", "test-missile", "test-gun-round", "test-sam", "test-gun" })
            Assert.Contains(id, stdout, StringComparison.Ordinal);
        Assert.Contains("50 m/s, 100 m, range 1,000 km, RCS 0.1 m², EUR 50,000", stdout, StringComparison.Ordinal);
        Assert.Contains("test-missile, 4 launchers x 8 rounds, 10 channels", stdout, StringComparison.Ordinal);
        Assert.Contains("catalog version test.1", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_offset_limit_is_listed_and_shown_with_its_source_where_catalogued()
    {
        var catalog = Cli.CatalogWithInterceptors(t => t
            .Replace("    max_altitude_m: 20000\n", "    max_altitude_m: 20000\n    max_offset_m: 25000\n", StringComparison.Ordinal)
            .Replace("      mass_kg: notional\n", "      mass_kg: notional\n      max_offset_m: \"notional: test crossing range\"\n", StringComparison.Ordinal));
        var list = Cli.Run("catalog", "list", "--catalog", catalog);
        Assert.Equal(0, list.Exit);
        Assert.Contains("range 3-100 km, altitude 50-20,000 m, offset 25 km, 1,400 m/s", list.Out, StringComparison.Ordinal);
        Assert.Contains("range 0.1-4 km, altitude 0-3,000 m, 1,050 m/s", list.Out, StringComparison.Ordinal); // none: no limit, not shown
        var show = Cli.Run("catalog", "show", "test-missile", "--catalog", catalog);
        Assert.Equal(0, show.Exit);
        Assert.Matches(@"max_offset_m\s*│\s*25000\s*│\s*notional: test crossing range", show.Out);
    }

    [Fact]
    public void An_evasive_weave_is_listed_and_each_of_its_numbers_shown_with_its_source()
    {
        var catalog = Cli.CatalogWith("threats.yaml", t => t
            .Replace("    damage_fraction: 0.1\n", "    damage_fraction: 0.1\n    evasive: {weave_g: 3, weave_period_s: 6, from_range_m: 5000}\n", StringComparison.Ordinal)
            .Replace("      range_m: \"notional: test fixture\"\n", "      range_m: \"notional: test fixture\"\n      evasive.weave_g: \"notional: test weave\"\n      evasive.weave_period_s: notional\n      evasive.from_range_m: notional\n", StringComparison.Ordinal));
        var list = Cli.Run("catalog", "list", "--catalog", catalog);
        Assert.Equal(0, list.Exit);
        Assert.Contains("EUR 50,000, weave 3 g / 6 s from 5 km", list.Out, StringComparison.Ordinal);
        // A threat that flies straight shows no weave.
        Assert.DoesNotContain("weave", list.Out.Split('\n').Single(l => l.Contains("test-ballistic", StringComparison.Ordinal)), StringComparison.Ordinal);
        var show = Cli.Run("catalog", "show", "test-drone", "--catalog", catalog);
        Assert.Equal(0, show.Exit);
        Assert.Matches(@"evasive\.weave_g\s*│\s*3\s*│\s*notional: test weave", show.Out);
        Assert.Matches(@"evasive\.from_range_m\s*│\s*5000\s*│\s*notional", show.Out);
    }

    [Fact]
    public void List_as_json_is_machine_readable()
    {
        var (exit, stdout, _) = Cli.Run("catalog", "list", "--catalog", Cli.Catalog, "--format", "json");
        Assert.Equal(0, exit);
        var doc = JsonNode.Parse(stdout)!;
        Assert.Equal("test.1", doc["version"]!.GetValue<string>());
        var entries = doc["entries"]!.AsArray();
        Assert.Equal(8, entries.Count);
        Assert.Contains(entries, e => e!["id"]!.GetValue<string>() == "test-sam" && e["kind"]!.GetValue<string>() == "long_range_sam" && e["type"]!.GetValue<string>() == "system");
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var (exit, _, stderr) = Cli.Run("catalog", "list", "--catalog", Cli.Catalog, "--format", "xml");
        Assert.Equal(2, exit);
        Assert.Contains("xml", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_every_field_value_and_source()
    {
        var (exit, stdout, _) = Cli.Run("catalog", "show", "test-drone", "--catalog", Cli.Catalog);
        Assert.Equal(0, exit);
        Assert.Contains("test-drone: Test one-way attack drone (threat, drone)", stdout, StringComparison.Ordinal);
        Assert.Matches(@"range_m\s*│\s*1000000\s*│\s*notional: test fixture", stdout);
        Assert.Matches(@"kind\s*│\s*drone", stdout);
        Assert.Contains("catalog version test.1", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_unknown_id_suggests_the_closest()
    {
        var (exit, stdout, stderr) = Cli.Run("catalog", "show", "test-dron", "--catalog", Cli.Catalog);
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.EndsWith($"unknown catalog id 'test-dron' (did you mean 'test-drone'?){Environment.NewLine}", stderr);
    }
}
