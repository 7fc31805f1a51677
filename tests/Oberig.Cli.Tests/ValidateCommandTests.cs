namespace Oberig.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Valid_scenario_prints_a_summary_and_exits_0()
    {
        var file = Cli.Fixture("scenarios", "valid.yaml");
        var (exit, stdout, stderr) = Cli.Run("validate", file, "--catalog", Cli.Catalog);
        Assert.Equal(0, exit);
        Assert.Equal($"{file}: valid (1 assets, 1 sensors, 2 fire units, 2 raids, 45 threats){Environment.NewLine}", stdout);
        Assert.Empty(stderr);
    }

    [Fact]
    public void Every_problem_goes_to_stderr_one_per_line_with_exit_2()
    {
        var file = Cli.Write("""
            name: T
            area: {south: 49, west: 29, north: 53, east: 33}
            settings: {duration_s: 600, step_s: 0}
            sensors:
              - id: r1
                site: {lat: 50.9, lon: 30.6}
                type: test-surveilance
            """);
        var (exit, stdout, stderr) = Cli.Run("validate", file, "--catalog", Cli.Catalog);
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Equal([
            $"{file}:3: settings.step_s: 0 is too small (allowed: more than 0)",
            $"{file}:7: sensors[0].type: unknown sensor type 'test-surveilance' (did you mean 'test-surveillance'?)",
        ], stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Missing_file_is_exit_2_without_a_stack_trace()
    {
        var (exit, _, stderr) = Cli.Run("validate", "/nonexistent/s.yaml", "--catalog", Cli.Catalog);
        Assert.Equal(2, exit);
        Assert.Equal($"/nonexistent/s.yaml: file not found{Environment.NewLine}", stderr);
    }

    [Fact]
    public void A_non_numeric_max_offset_in_the_catalog_is_exit_2_at_its_line()
    {
        var catalog = Cli.CatalogWithInterceptors(t => t.Replace("    max_altitude_m: 20000\n", "    max_altitude_m: 20000\n    max_offset_m: far\n", StringComparison.Ordinal));
        var (exit, stdout, stderr) = Cli.Run("validate", Cli.Fixture("scenarios", "valid.yaml"), "--catalog", catalog);
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Equal($"{Path.Combine(catalog, "interceptors.yaml")}:11: interceptors[0].max_offset_m: expected a number, got 'far'", stderr.Split(Environment.NewLine)[0]);
    }

    [Fact]
    public void Broken_catalog_is_reported_like_a_scenario()
    {
        var (exit, _, stderr) = Cli.Run("validate", Cli.Fixture("scenarios", "valid.yaml"), "--catalog", "/nonexistent-catalog");
        Assert.Equal(2, exit);
        Assert.StartsWith("/nonexistent-catalog: catalog directory not found", stderr);
    }
}
