using Oberig.Scenario.Catalog;

namespace Oberig.Scenario.Tests;

/// <summary>The interceptors' optional <c>flyout</c> table: loaded, sourced field by field, range-checked.</summary>
public sealed class CatalogFlyoutTests
{
    private const string Flyout = """
            flyout:
              reference_area_m2: 0.05
              propellant_mass_kg: 250
              boost_time_s: 4
              boost_thrust_n: 100000
              cd_mach: [[0, 0.3], [1.1, 0.6], [3, 0.3]]
              max_lateral_g: 40
              seeker_lock_range_m: 15000
              lethal_radius_m: 10
              kill_function: carleton

        """;

    private const string FlyoutSources = """
              flyout.reference_area_m2: notional
              flyout.propellant_mass_kg: notional
              flyout.boost_time_s: notional
              flyout.boost_thrust_n: notional
              flyout.cd_mach: notional
              flyout.max_lateral_g: notional
              flyout.seeker_lock_range_m: notional
              flyout.lethal_radius_m: notional

        """;

    /// <summary>The fixture catalog with a fly-out table on test-missile, its text changed by <paramref name="edit"/>.</summary>
    private static string[] ProblemsWith(Func<string, string> edit)
    {
        var dir = TestFiles.NewDirectory();
        foreach (var f in CatalogLoader.FileNames)
        {
            var text = File.ReadAllText(Path.Combine(TestFiles.CatalogDirectory, f));
            if (f == "interceptors.yaml")
            {
                text = text.Replace("      ballistic: 0.7\n    sources:\n", "      ballistic: 0.7\n" + Flyout + "    sources:\n", StringComparison.Ordinal)
                    .Replace("      single_shot_pk.ballistic: notional\n", "      single_shot_pk.ballistic: notional\n" + FlyoutSources, StringComparison.Ordinal);
                Assert.Contains("flyout.cd_mach", text, StringComparison.Ordinal);
                text = edit(text);
            }
            File.WriteAllText(Path.Combine(dir, f), text);
        }
        LastDirectory = dir;
        return CatalogLoader.Validate(dir).Select(p => p.ToString().Replace(dir + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)).ToArray();
    }

    private static string LastDirectory = "";

    [Fact]
    public void A_flyout_table_loads_with_its_optional_fields_left_out()
    {
        Assert.Empty(ProblemsWith(t => t));
        var f = CatalogLoader.Load(LastDirectory).Interceptors["test-missile"].Flyout;
        Assert.NotNull(f);
        Assert.Equal(100_000, f.BoostThrustN);
        Assert.Equal(0, f.SustainTimeS);
        Assert.Null(f.SeekerFovDeg);
        Assert.Equal("carleton", f.KillFunction);
        Assert.Equal([1.1, 0.6], f.CdMach[1]);
        Assert.Null(TestFiles.Catalog.Interceptors["test-missile"].Flyout);
    }

    [Fact]
    public void A_flyout_number_without_a_source_is_rejected()
    {
        var problems = ProblemsWith(t => t.Replace("      flyout.boost_time_s: notional\n", "", StringComparison.Ordinal));
        Assert.Equal([
            "interceptors.yaml:20: interceptors[0].flyout.boost_time_s: this number has no source (add 'sources: {flyout.boost_time_s: ...}' with a public reference, or 'notional: reason')",
        ], problems);
    }

    [Fact]
    public void A_drag_table_without_a_source_is_rejected()
    {
        var problems = ProblemsWith(t => t.Replace("      flyout.cd_mach: notional\n", "", StringComparison.Ordinal));
        Assert.Equal([
            "interceptors.yaml:22: interceptors[0].flyout.cd_mach: this table of numbers has no source (add 'sources: {flyout.cd_mach: ...}' with a public reference, or 'notional: reason')",
        ], problems);
    }

    [Theory]
    [InlineData("boost_thrust_n: 100000", "boost_thrust_n: -5", "flyout.boost_thrust_n: -5 ")]
    [InlineData("max_lateral_g: 40", "max_lateral_g: 400", "flyout.max_lateral_g: 400 ")]
    [InlineData("kill_function: carleton", "kill_function: gaussian", "flyout.kill_function: ")]
    [InlineData("[1.1, 0.6]", "[1.1, -0.6]", "flyout.cd_mach[1][1]: -0.6 ")]
    public void An_out_of_range_flyout_value_is_rejected(string from, string to, string expected)
    {
        var problems = ProblemsWith(t => t.Replace(from, to, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("interceptors[0]." + expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Propellant_heavier_than_the_missile_and_a_decreasing_mach_are_rejected()
    {
        var problems = ProblemsWith(t => t.Replace("propellant_mass_kg: 250", "propellant_mass_kg: 450", StringComparison.Ordinal)
            .Replace("[1.1, 0.6], [3, 0.3]", "[1.1, 0.6], [0.9, 0.3]", StringComparison.Ordinal));
        Assert.Equal([
            "interceptors.yaml:19: interceptors[0].flyout.propellant_mass_kg: 450 is not less than mass_kg 400 (allowed: less than the launch mass)",
            "interceptors.yaml:22: interceptors[0].flyout.cd_mach[2]: Mach 0.9 after 1.1 (allowed: Mach increasing along the table)",
        ], problems);
    }
}
