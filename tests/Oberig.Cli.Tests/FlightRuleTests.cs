namespace Oberig.Cli.Tests;

public class FlightRuleTests
{
    // The catalog's Iskander-M class (burnout 2,100 m/s, beta 7,000 kg/m²) reaches about 538 km in the model; its
    // published range_m is 500 km. Overriding range_m to 900 km lets a 650 km shot past the file rules, so only
    // the flight physics can reject it.
    private const string Scenario = """
        name: too far
        area: {south: 44, west: 28, north: 56, east: 42}
        settings: {duration_s: 1800, step_s: 1}
        assets:
          - {id: city, position: {lat: 50.45, lon: 30.52}, value: 100, radius_m: 5000}
        raids:
          - id: near
            threat: iskander-m
            count: 1
            launch: {point: {lat: 52.0, lon: 35.0}}
            target: city
          - id: far
            threat: iskander-m
            count: 1
            launch:
              point: {lat: 54.5, lon: 38.0}
            target: city
            overrides: {range_m: 900000}
        """;

    [Fact]
    public void AnAimPointBeyondTheMissilesReachIsReportedAtItsRaidsLaunchLine()
    {
        string dir = Directory.CreateTempSubdirectory("oberig-reach-").FullName;
        string path = Path.Combine(dir, "far.yaml");
        File.WriteAllText(path, Scenario);
        var run = CliRunner.Run("validate", path, "--catalog", Path.Combine(CliRunner.RepositoryRoot, "catalog"));
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{path}:15: raids[1].launch: the missile cannot reach its aim point", line);
        Assert.Contains("reaches at most", line);
    }

    [Fact]
    public void ADiveRangeShorterThanTheTurnRadiusIsReportedAtTheRaidsThreat()
    {
        // Shahed-136 class: 50 m/s at 6 deg/s turns on a 477 m radius; a 300 m dive range could circle for ever.
        const string text = """
            name: circling
            area: {south: 49, west: 29, north: 52, east: 32}
            settings: {duration_s: 1800, step_s: 1}
            assets:
              - {id: city, position: {lat: 50.45, lon: 30.52}, value: 100, radius_m: 5000}
            raids:
              - id: low
                threat: shahed-136
                count: 1
                launch: {point: {lat: 50.7, lon: 30.52}}
                target: city
                overrides: {terminal_dive_range_m: 300}
            """;
        string path = Path.Combine(Directory.CreateTempSubdirectory("oberig-dive-").FullName, "dive.yaml");
        File.WriteAllText(path, text);
        var run = CliRunner.Run("validate", path, "--catalog", Path.Combine(CliRunner.RepositoryRoot, "catalog"));
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{path}:8: raids[0].threat: terminal_dive_range_m 300 m is shorter than the turn radius 477 m", line);
    }
}
