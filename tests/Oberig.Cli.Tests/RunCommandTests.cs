using System.Text.Json;

namespace Oberig.Cli.Tests;

public class RunCommandTests
{
    private static string TempDir() => Directory.CreateTempSubdirectory("oberig-run-").FullName;

    [Fact]
    public void DemoJsonIsByteIdenticalAcrossRunsAndThreadCounts()
    {
        string demo = CliRunner.Example("kyiv-night-raid.yaml");
        var one = CliRunner.Run("run", demo, "--seed", "7", "--replications", "2", "--threads", "1", "--format", "json", "--out", TempDir());
        var again = CliRunner.Run("run", demo, "--seed", "7", "--replications", "2", "--threads", "1", "--format", "json", "--out", TempDir());
        var two = CliRunner.Run("run", demo, "--seed", "7", "--replications", "2", "--threads", "2", "--format", "json", "--out", TempDir());
        Assert.True(one.ExitCode == 0, one.Stderr);
        Assert.Equal(one.Stdout, again.Stdout);
        Assert.Equal(one.Stdout, two.Stdout);
        var other = CliRunner.Run("run", demo, "--seed", "8", "--replications", "2", "--format", "json", "--out", TempDir());
        Assert.NotEqual(one.Stdout, other.Stdout);
    }

    [Fact]
    public void UndefendedPhasesMeanEveryArrivingThreatLeaksAndTheSummaryBalances()
    {
        string output = TempDir();
        var run = CliRunner.Run("run", CliRunner.Example("small/single-drone.yaml"), "--format", "json", "--out", output);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal("2026.12.1", doc.RootElement.GetProperty("catalog_version").GetString());
        foreach (var threat in doc.RootElement.GetProperty("threats").EnumerateArray())
        {
            double launched = threat.GetProperty("launched").GetProperty("mean").GetDouble();
            double leaked = threat.GetProperty("leaked").GetProperty("mean").GetDouble();
            double flying = threat.GetProperty("in_flight_at_end").GetProperty("mean").GetDouble();
            Assert.Equal(launched, leaked + flying);
            Assert.Equal(0, threat.GetProperty("destroyed").GetProperty("mean").GetDouble());
        }
        Assert.True(File.Exists(Path.Combine(output, "results.sqlite")));
        Assert.Equal(run.Stdout.Trim(), File.ReadAllText(Path.Combine(output, "summary.json")).Trim());
    }

    [Fact]
    public void TableOutputNamesEachThreatTypeAndTheResultsFolder()
    {
        string output = TempDir();
        var run = CliRunner.Run("run", CliRunner.Example("kyiv-night-raid.yaml"), "--replications", "2", "--out", output);
        Assert.True(run.ExitCode == 0, run.Stderr);
        foreach (var type in new[] { "shahed-136", "gerbera", "kh-101", "iskander-m" }) Assert.Contains(type, run.Stdout);
        Assert.Contains("results: " + output, run.Stdout);
    }

    [Theory]
    [InlineData("--threads", "0")]
    [InlineData("--replications", "0")]
    [InlineData("--replications", "many")]
    [InlineData("--format", "xml")]
    public void BadOptionsExitWithCodeTwoAndNoStackTrace(string option, string value)
    {
        var run = CliRunner.Run("run", CliRunner.Example("small/single-drone.yaml"), option, value, "--out", TempDir());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option.TrimStart('-'), run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void MissingScenarioFileIsNamedWithExitCodeTwo()
    {
        var run = CliRunner.Run("run", "no/such/scenario.yaml", "--out", TempDir());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no/such/scenario.yaml", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }
}
