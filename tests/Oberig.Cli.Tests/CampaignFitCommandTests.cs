using System.CommandLine;
using Oberig.Cli.Commands;

namespace Oberig.Cli.Tests;

/// <summary><c>oberig campaign fit</c>: the table file and the summary, and bad input with exit code 2.</summary>
public class CampaignFitCommandTests
{
    /// <summary>The command under a <c>campaign</c> parent of the test's own, whatever else the real tree hangs there.</summary>
    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var root = new RootCommand("test") { new Command("campaign") { CampaignFitCommand.Create() } };
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        int exit = CliHost.Invoke(root, ["campaign", "fit", .. args], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void FitsTheScenarioAndWritesTheTableWithTheCommandThatMadeIt()
    {
        var outPath = Path.Combine(Path.GetTempPath(), $"oberig-fit-{Guid.NewGuid():N}.yaml");
        try
        {
            var run = Run(Cli.Fixture("scenarios", "valid.yaml"), "--catalog", Cli.Fixture("catalog"),
                "--scales", "1,0.5", "--replications", "1", "--threads", "1", "--seed", "3", "--out", outPath);
            Assert.True(run.ExitCode == 0, run.Stderr);
            Assert.Contains("test-drone", run.Stdout);
            Assert.Contains("2 nights (2 scales x 1 replications)", run.Stdout);
            var text = File.ReadAllText(outPath);
            Assert.StartsWith("# Fitted by: oberig campaign fit ", text);
            Assert.Contains("--scales 0.5,1 --replications 1 --seed 3", text);
            // Read back through the file format the campaign reads: the scenario's 45 drones are the baseline raid.
            var table = Oberig.Scenario.Campaign.OutcomeTableFile.Read(outPath);
            Assert.Equal(45, table.BaselineRaid["test-drone"]);
            Assert.Equal([0.5, 1], Assert.Single(table.Threats, t => t.Threat == "test-drone").Points.Select(p => p.Scale));
        }
        finally { File.Delete(outPath); }
    }

    [Fact]
    public void BadOptionsExitWithCode2AndSayAllThatIsWrong()
    {
        var run = Run(Cli.Fixture("scenarios", "valid.yaml"), "--catalog", Cli.Fixture("catalog"),
            "--scales", "1,-2,x,1", "--replications", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--scales: '-2' is not a scale", run.Stderr);
        Assert.Contains("--scales: 'x' is not a scale", run.Stderr);
        Assert.Contains("--scales: 1 is given twice", run.Stderr);
        Assert.Contains("--replications: 0 is not allowed", run.Stderr);
        Assert.Contains("--out: is required", run.Stderr);
    }
}
