using System.Text.Json;

namespace Oberig.Cli.Tests;

public class ExampleScenarioTests
{
    /// <summary>Every example scenario: the files that name the scenario schema. examples/ also holds campaigns and
    /// their outcome tables, which are other formats (their loading is tested in Oberig.Scenario.Tests/Campaign).</summary>
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, "examples"), "*.yaml", SearchOption.AllDirectories).Order())
        {
            if (!File.ReadAllText(f).Contains("schema/scenario.schema.json", StringComparison.Ordinal)) continue;
            data.Add(Path.GetRelativePath(Path.Combine(CliRunner.RepositoryRoot, "examples"), f));
        }
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
    public void BallisticMissilesAreEngagedByTheBatteryAndWhatLeaksHitsItsAsset()
    {
        var run = CliRunner.Run("run", CliRunner.Example("small/ballistic-pair.yaml"), "--replications", "2", "--format", "json",
            "--out", Directory.CreateTempSubdirectory("oberig-bm-").FullName);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        var threat = Assert.Single(doc.RootElement.GetProperty("threats").EnumerateArray());
        Assert.Equal("iskander-m", threat.GetProperty("threat_type").GetString());
        double leaked = threat.GetProperty("leaked").GetProperty("mean").GetDouble();
        double destroyed = threat.GetProperty("destroyed").GetProperty("mean").GetDouble();
        Assert.Equal(2, leaked + destroyed);
        Assert.Equal(2, threat.GetProperty("engaged").GetProperty("mean").GetDouble()); // the SAMP/T fires at both
        // Every warhead that leaks lands inside the asset's radius: each hit of damage fraction f leaves (1 - f) of it,
        // so the remaining fraction lies between (1 - f)^2 (both leak) and 1 (none does), and is 1 exactly when none did.
        var asset = Assert.Single(doc.RootElement.GetProperty("assets").EnumerateArray());
        double remaining = asset.GetProperty("remaining_fraction").GetProperty("mean").GetDouble();
        Assert.InRange(remaining, Math.Pow(1 - 0.1, 2) - 1e-9, 1 + 1e-9);
        Assert.Equal(leaked == 0, Math.Abs(remaining - 1) < 1e-12);
    }
}
