using System.Text.Json;

namespace Oberig.Cli.Tests;

public class ExampleScenarioTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, "examples"), "*.yaml", SearchOption.AllDirectories).Order())
            data.Add(Path.GetRelativePath(Path.Combine(CliRunner.RepositoryRoot, "examples"), f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryShippedExampleIsValid(string example)
    {
        var run = CliRunner.Run("validate", CliRunner.Example(example));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("valid", run.Stdout);
    }

    [Fact]
    public void BallisticMissilesFlyTheirSolvedLoftAndHitTheirAsset()
    {
        var run = CliRunner.Run("run", CliRunner.Example("small/ballistic-pair.yaml"), "--replications", "2", "--format", "json",
            "--out", Directory.CreateTempSubdirectory("oberig-bm-").FullName);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        var threat = Assert.Single(doc.RootElement.GetProperty("threats").EnumerateArray());
        Assert.Equal("iskander-m", threat.GetProperty("threat_type").GetString());
        Assert.Equal(2, threat.GetProperty("leaked").GetProperty("mean").GetDouble());
        // Both warheads land inside the asset's radius: two hits of damage fraction f leave (1 - f)^2 of it.
        var asset = Assert.Single(doc.RootElement.GetProperty("assets").EnumerateArray());
        Assert.Equal(Math.Pow(1 - 0.1, 2), asset.GetProperty("remaining_fraction").GetProperty("mean").GetDouble(), 9);
    }
}
