using System.Text.Json;

namespace Oberig.Cli.Tests;

public class CampaignRunCommandTests
{
    [Fact]
    public void TheExampleRunsAndEveryProductBalancesInTheJson()
    {
        string dir = Directory.CreateTempSubdirectory("oberig-campaign-").FullName;
        var run = CliRunner.Run("campaign", "run", CliRunner.Example("joint-production.yaml"), "--replications", "20", "--months", "3",
            "--threads", "2", "--format", "json", "--out", dir);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("months").GetInt32());
        Assert.Equal(20, root.GetProperty("replications").GetInt32());
        double Mean(JsonElement e, string name) => e.GetProperty(name).GetProperty("mean").GetDouble();
        foreach (var product in root.GetProperty("products").EnumerateArray())
        {
            // initial + produced − fired − lost = final: exact in every replication, so in the means (to rounding).
            double balance = Mean(product, "initial_stock") + Mean(product, "produced") - Mean(product, "fired") - Mean(product, "lost") - Mean(product, "final_stock");
            Assert.True(Math.Abs(balance) < 1e-6 * Math.Max(1, Mean(product, "initial_stock")), $"{product.GetProperty("product")}: {balance}");
            Assert.Equal(90, product.GetProperty("stock_by_day").GetArrayLength());
        }
        Assert.Equal(90, root.GetProperty("leaked_by_day").GetArrayLength());
        foreach (var file in new[] { "summary.json", "stock-aster-30.png", "stock-gepard-35mm.svg", "leakers.png", "leakers.svg" })
            Assert.True(new FileInfo(Path.Combine(dir, file)).Length > 0, file);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(Path.Combine(dir, "stock-mica.png"))[..4]);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(dir, "leakers.svg")));
    }

    [Fact]
    public void TheSameSeedGivesTheSameAnswerWhateverTheThreads()
    {
        string[] Args(string threads) => ["campaign", "run", CliRunner.Example("joint-production.yaml"), "--replications", "6", "--months", "2", "--seed", "5", "--threads", threads, "--format", "json"];
        var one = CliRunner.Run(Args("1"));
        var two = CliRunner.Run(Args("2"));
        Assert.True(one.ExitCode == 0, one.Stderr);
        Assert.Equal(one.Stdout, two.Stdout);
    }

    [Fact]
    public void ABadPlanIsReportedWithItsFileLineAndFieldAndExitCode2()
    {
        string plan = Path.Combine(Directory.CreateTempSubdirectory("oberig-plan-").FullName, "plan.yaml");
        File.WriteAllText(plan, "funding:\n  no-such-line: [1000000]\ninvestments: []\n");
        var run = CliRunner.Run("campaign", "run", CliRunner.Example("joint-production.yaml"), "--plan", plan, "--replications", "2");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{plan}:2:", run.Stderr);
        Assert.Contains("no-such-line", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr); // no stack trace
    }

    [Fact]
    public void MoreMonthsThanAFundingSourceListsAreRefused()
    {
        var run = CliRunner.Run("campaign", "run", CliRunner.Example("joint-production.yaml"), "--months", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--months", run.Stderr);
    }

    [Fact]
    public void ACheckedNightIsFlownAgainByTheEngineWithTheCampaignsRaid()
    {
        string dir = Directory.CreateTempSubdirectory("oberig-check-").FullName;
        var run = CliRunner.Run("campaign", "run", CliRunner.Example("joint-production.yaml"), "--months", "1", "--replications", "2",
            "--check-days", "3", "--check-scenario", CliRunner.Example("kyiv-night-raid.yaml"), "--out", dir);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("Checked nights", run.Stdout);
        using var check = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "engine-check.json")));
        var rows = check.RootElement.GetProperty("threats").EnumerateArray().ToList();
        Assert.Equal(4, rows.Count); // one per threat type of the tempo
        foreach (var row in rows)
        {
            int launched = row.GetProperty("launched").GetInt32();
            // The engine flew exactly the night the campaign drew, and nothing it counts exceeds it.
            Assert.Equal(launched, row.GetProperty("launched_by_engine").GetInt32());
            Assert.InRange(row.GetProperty("leaked_by_engine").GetInt32() + row.GetProperty("killed_by_engine").GetInt32(), 0, launched);
            Assert.InRange(row.GetProperty("leaked_by_table").GetInt32() + row.GetProperty("killed_by_table").GetInt32(), 0, launched);
        }
    }

    [Fact]
    public void CheckDaysNeedTheScenarioAndADayOfTheCampaign()
    {
        var noScenario = CliRunner.Run("campaign", "run", CliRunner.Example("joint-production.yaml"), "--check-days", "3", "--replications", "2");
        Assert.Equal(2, noScenario.ExitCode);
        Assert.Contains("--check-scenario", noScenario.Stderr);
        var late = CliRunner.Run("campaign", "run", CliRunner.Example("joint-production.yaml"), "--months", "1", "--check-days", "45",
            "--check-scenario", CliRunner.Example("kyiv-night-raid.yaml"), "--replications", "2");
        Assert.Equal(2, late.ExitCode);
        Assert.Contains("0 to 29", late.Stderr);
    }

    [Fact]
    public void ValidateSaysTheExampleIsValidAndNamesEveryProblemOfABrokenCopy()
    {
        var ok = CliRunner.Run("campaign", "validate", CliRunner.Example("joint-production.yaml"));
        Assert.True(ok.ExitCode == 0, ok.Stderr);
        Assert.Contains("valid (2 countries", ok.Stdout);
        // A copy in a folder of its own, with the outcome table where the copy's outcomes: path finds it, and a line in
        // an unknown country.
        string folder = Directory.CreateTempSubdirectory("oberig-campaign-validate-").FullName;
        string broken = Path.Combine(folder, "broken.yaml");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "outcomes"));
            File.Copy(CliRunner.Example(Path.Combine("outcomes", "kyiv-night-raid.yaml")), Path.Combine(folder, "outcomes", "kyiv-night-raid.yaml"));
            var text = File.ReadAllText(CliRunner.Example("joint-production.yaml"));
            int at = text.IndexOf("country: fr", StringComparison.Ordinal);
            File.WriteAllText(broken, text[..at] + "country: de" + text[(at + "country: fr".Length)..]);
            int line = text[..at].Count(ch => ch == '\n') + 1;
            var bad = CliRunner.Run("campaign", "validate", broken, "--catalog", Path.Combine(CliRunner.RepositoryRoot, "catalog"));
            Assert.Equal(2, bad.ExitCode);
            Assert.Contains($"{broken}:{line}:", bad.Stderr);
            Assert.Contains("'de'", bad.Stderr);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
