using System.Text.Json;

namespace Oberig.Cli.Tests;

public class CampaignOptimizeCommandTests
{
    [Fact]
    public void TheExamplesBestPlanIsWrittenAndRunsAsAPlanAtItsSimulatedFigure()
    {
        // A short horizon and few replications: this checks the wiring (load, optimise, check by simulation, write),
        // not the optimiser's quality, which Oberig.Campaign.OrTools.Tests checks. The time limit leaves room for a
        // loaded CI machine; 3 months solve in about a second here.
        string plan = Path.Combine(Directory.CreateTempSubdirectory("oberig-opt-").FullName, "plan.yaml");
        var optimize = CliRunner.Run("campaign", "optimize", CliRunner.Example("joint-production.yaml"), "--months", "3", "--time-limit", "30", "--replications", "8",
            "--threads", "2", "--search", "12", "--out", plan, "--format", "json");
        Assert.True(optimize.ExitCode == 0, optimize.Stderr);
        Assert.True(File.Exists(plan));
        using var report = JsonDocument.Parse(optimize.Stdout);
        // The plan written is the candidate the simulation found best, and none beat it.
        var candidates = report.RootElement.GetProperty("candidates").EnumerateArray().ToList();
        Assert.True(candidates.Count >= 3);
        var best = Assert.Single(candidates, c => c.GetProperty("best").GetBoolean());
        Assert.All(candidates, c => Assert.True(c.GetProperty("objective").GetProperty("mean").GetDouble() >= best.GetProperty("objective").GetProperty("mean").GetDouble()));
        Assert.True(report.RootElement.GetProperty("search").GetProperty("evaluations").GetInt32() <= 12);
        Assert.Equal(report.RootElement.GetProperty("marginal_values").GetArrayLength(), report.RootElement.GetProperty("simulated_marginal_values").GetArrayLength());
        // `campaign run` on the written plan, same seed and replications, meets the same raids: the same damage.
        var run = CliRunner.Run("campaign", "run", CliRunner.Example("joint-production.yaml"), "--plan", plan, "--months", "3", "--replications", "8", "--threads", "2", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var ran = JsonDocument.Parse(run.Stdout);
        Assert.Equal(best.GetProperty("damage").GetProperty("mean").GetDouble(), ran.RootElement.GetProperty("damage").GetProperty("mean").GetDouble(), 6);
    }

    [Fact]
    public void TooShortASolveIsSaidAsSuchWithExitCode2()
    {
        var run = CliRunner.Run("campaign", "optimize", CliRunner.Example("joint-production.yaml"), "--time-limit", "0.001", "--replications", "2");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--time-limit", run.Stderr);
        Assert.DoesNotContain("internal error", run.Stderr);
    }

    [Fact]
    public void ANegativeSearchIsRefusedWithExitCode2()
    {
        var run = CliRunner.Run("campaign", "optimize", CliRunner.Example("joint-production.yaml"), "--search", "-1");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--search", run.Stderr);
    }

    [Fact]
    public void ABadObjectiveIsRefusedWithExitCode2()
    {
        var run = CliRunner.Run("campaign", "optimize", CliRunner.Example("joint-production.yaml"), "--objective", "speed");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--objective", run.Stderr);
        Assert.Contains("damage, leakers", run.Stderr);
    }
}
