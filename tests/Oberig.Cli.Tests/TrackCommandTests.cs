using System.Text.Json;

namespace Oberig.Cli.Tests;

public class TrackCommandTests
{
    private static string Generate(int targets = 20, int scans = 30)
    {
        string folder = Directory.CreateTempSubdirectory("oberig-track-").FullName;
        var run = CliRunner.Run("track", "generate", "--targets", targets.ToString(), "--scans", scans.ToString(), "--out", folder);
        Assert.True(run.ExitCode == 0, run.Stderr);
        File.WriteAllText(Path.Combine(folder, "tracker.yaml"),
            "filter: kalman\nmotion_q: 0.005\nmeasurement_sigma: 1\nassociator: gnn\ngate_probability: 0.9999\nconfirm_m: 2\nconfirm_n: 3\n" +
            "deletion_misses: 5\npd: 0.9\nclutter_density: 2.5e-6\nmax_speed: 2\n");
        return folder;
    }

    [Fact]
    public void TracksTheBenchmarkDataAndPrintsTheMetrics()
    {
        string f = Generate();
        string tracks = Path.Combine(f, "tracks.csv");
        var run = CliRunner.Run("track", "--detections", Path.Combine(f, "detections.csv"), "--truth", Path.Combine(f, "truth.csv"),
            "--config", Path.Combine(f, "tracker.yaml"), "--out", tracks, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var r = json.RootElement;
        Assert.Equal(30, r.GetProperty("scans").GetInt32());
        Assert.Equal(2, r.GetProperty("dimensions").GetInt32()); // z_m all zero: 2-D
        Assert.Equal(20, r.GetProperty("truth_targets").GetInt32());
        Assert.InRange(r.GetProperty("confirmed_tracks_at_end").GetInt32(), 18, 22);
        // Mean GOSPA over all scans, warm-up included: about 1 m per target plus the first scan's unconfirmed picture.
        Assert.InRange(r.GetProperty("mean_gospa").GetDouble() / 20, 0.3, 2.5);
        Assert.True(r.GetProperty("ms_per_scan").GetDouble() > 0);
        Assert.Equal(0, r.GetProperty("covariance_repairs").GetInt64());
        var lines = File.ReadAllLines(tracks);
        Assert.Equal("time_s,track_id,x_m,y_m,z_m,vx_mps,vy_mps,vz_mps,confirmed", lines[0]);
        Assert.Contains(lines, l => l.EndsWith(",true", StringComparison.Ordinal));
    }

    [Fact]
    public void TablePrintsGospaPartsAndStatesDefaultsInHelp()
    {
        string f = Generate(10, 10);
        var run = CliRunner.Run("track", "-d", Path.Combine(f, "detections.csv"), "-t", Path.Combine(f, "truth.csv"), "--gospa-c", "5");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("mean GOSPA (c=5, p=1, alpha=2)", run.Stdout);
        Assert.Contains("localisation", run.Stdout);
        Assert.Contains("track breaks:", run.Stdout);
        Assert.Contains("ms per scan:", run.Stdout);
        var help = CliRunner.Run("track", "--help");
        Assert.Contains("[default: 10]", help.Stdout);
        Assert.Contains("[default: 2]", help.Stdout);
        Assert.Contains("generate", help.Stdout);
    }

    [Fact]
    public void WithoutTruthOnlyTheTrackerFiguresArePrinted()
    {
        string f = Generate(5, 5);
        var run = CliRunner.Run("track", "-d", Path.Combine(f, "detections.csv"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("confirmed tracks at end", run.Stdout);
        Assert.DoesNotContain("GOSPA", run.Stdout);
    }

    [Fact]
    public void BadConfigFieldsAreReportedWithFileAndLine()
    {
        string f = Generate(5, 5);
        string config = Path.Combine(f, "bad.yaml");
        File.WriteAllText(config, "pd: 1.5\nbogus: 3\nmotion_q: fast\nconfirm_n: 0\nfiltr: kalman\nassociator: gnnn\n");
        var run = CliRunner.Run("track", "-d", Path.Combine(f, "detections.csv"), "--config", config);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{config}:1: pd: 1.5 is not allowed", run.Stderr);
        Assert.Contains($"{config}:2: bogus: unknown field", run.Stderr);
        Assert.Contains($"{config}:3: motion_q: 'fast' is not a finite number", run.Stderr);
        Assert.Contains($"{config}:4: confirm_n: 0 is not allowed", run.Stderr);
        // Names are checked with the other fields, in the same pass, with a suggestion.
        Assert.Contains($"{config}:5: filtr: unknown field (did you mean 'filter'?)", run.Stderr);
        Assert.Contains($"{config}:6: associator: 'gnnn' is unknown (did you mean 'gnn'?)", run.Stderr);
    }

    [Fact]
    public void CrossFieldRulesPointAtTheirLine()
    {
        string f = Generate(5, 5);
        string config = Path.Combine(f, "bad.yaml");
        File.WriteAllText(config, "filter: imm\nassociator: jpda\nconfirm_m: 4\n");
        var run = CliRunner.Run("track", "-d", Path.Combine(f, "detections.csv"), "--config", config);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{config}:2: associator: 'jpda' needs a single-model filter", run.Stderr);
        Assert.Contains($"{config}:3: confirm_m: 4 is more than confirm_n 3", run.Stderr);
    }

    [Fact]
    public void MissingDetectionsOrBadGospaOptionsExitTwo()
    {
        var run = CliRunner.Run("track", "--gospa-p", "0.5");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--detections: is required", run.Stderr);
        Assert.Contains("--gospa-p: 0.5 is not allowed", run.Stderr);
        var missing = CliRunner.Run("track", "-d", "/nonexistent/d.csv");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("file not found", missing.Stderr);
    }

    [Fact]
    public void ImmAndJpdaRunThroughTheCommand()
    {
        string f = Generate(10, 12);
        foreach (var settings in new[] { "filter: imm\nmotion_q: 0.005\nmax_speed: 2\nclutter_density: 1e-8\n", "associator: jpda\nmotion_q: 0.005\nmax_speed: 2\n" })
        {
            string config = Path.Combine(f, "c.yaml");
            File.WriteAllText(config, settings);
            var run = CliRunner.Run("track", "-d", Path.Combine(f, "detections.csv"), "-t", Path.Combine(f, "truth.csv"), "-c", config, "-f", "json");
            Assert.True(run.ExitCode == 0, run.Stderr);
            using var json = JsonDocument.Parse(run.Stdout);
            Assert.InRange(json.RootElement.GetProperty("confirmed_tracks_at_end").GetInt32(), 8, 12);
        }
    }

    [Fact]
    public void BenchTrackPrintsATableRow()
    {
        var run = CliRunner.Run("bench", "track", "--targets", "50", "--scans", "20", "--warmup", "5");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("| 50 |", run.Stdout);
    }
}
