using System.Text.Json;

namespace Oberig.Cli.Tests;

public class WtaCommandTests
{
    private static string Write(string text)
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("oberig-wta-").FullName, "w.txt");
        File.WriteAllText(path, text);
        return path;
    }

    // Two weapon types used once each, two targets: weapon 0 kills target 1 best, weapon 1 target 0.
    private const string Small = "2 2 1\n10\n20\n0 0 0.5\n0 1 0.9\n1 0 0.8\n1 1 0.1\n";

    [Theory]
    [InlineData("exact")]
    [InlineData("greedy")]
    [InlineData("greedy-only")]
    [InlineData("ortools-naive")]
    public void Solves_a_small_file_and_prints_the_json_the_issue_asks_for(string method)
    {
        var run = CliRunner.Run("wta", "solve", Write(Small), "--method", method, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var r = json.RootElement;
        string[] names = method.StartsWith("greedy", StringComparison.Ordinal)
            ? ["objective", "bound", "gap", "seconds", "bound_seconds", "assignment"] // a heuristic's bound is timed apart
            : ["objective", "bound", "gap", "seconds", "assignment"];
        Assert.Equal(names, r.EnumerateObject().Select(p => p.Name));
        Assert.Equal(10 * 0.2 + 20 * 0.1, r.GetProperty("objective").GetDouble(), 1e-12);
        var pairs = r.GetProperty("assignment").EnumerateArray().Select(a => (a[0].GetInt32(), a[1].GetInt32())).ToList();
        Assert.Equal([(0, 1), (1, 0)], pairs);
        if (method == "exact")
        {
            Assert.Equal(r.GetProperty("objective").GetDouble(), r.GetProperty("bound").GetDouble(), 1e-9);
            Assert.Equal(0, r.GetProperty("gap").GetDouble(), 1e-9);
        }
    }

    [Fact]
    public void A_heuristic_reports_its_gap_to_the_configuration_LP_bound_unless_asked_not_to()
    {
        string folder = Directory.CreateTempSubdirectory("oberig-wta-").FullName;
        string path = Path.Combine(folder, "g.txt");
        Assert.Equal(0, CliRunner.Run("wta", "generate", "--weapons", "8", "--targets", "12", "--mu", "3", "--seed", "5", "--out", path).ExitCode);
        double Field(string method, string field, params string[] more)
        {
            var run = CliRunner.Run(["wta", "solve", path, "--method", method, "--format", "json", .. more]);
            Assert.True(run.ExitCode == 0, run.Stderr);
            using var json = JsonDocument.Parse(run.Stdout);
            return json.RootElement.GetProperty(field).GetDouble();
        }
        double optimum = Field("exact", "objective");
        double bound = Field("greedy-only", "bound");
        Assert.True(bound > 0.9 * optimum, $"bound {bound} against optimum {optimum}");
        Assert.True(bound <= optimum + 1e-9 * optimum, $"bound {bound} above the optimum {optimum}");
        Assert.Equal(0, Field("greedy-only", "bound", "--bound", "false"));
    }

    [Fact]
    public void The_table_shows_objective_bound_gap_and_the_assignment()
    {
        var run = CliRunner.Run("wta", "solve", Write(Small), "--method", "exact");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("objective 4, bound 4, gap 0% (optimal within the gap tolerance)", run.Stdout);
        Assert.Contains("weapon", run.Stdout);
    }

    [Fact]
    public void A_malformed_file_gives_line_numbered_messages_and_exit_code_two()
    {
        string path = Write("2 2 1\n10\n-20\n0 0 0.5\n0 1 1.9\n1 0 0.8\n");
        var run = CliRunner.Run("wta", "solve", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}:3: value[1]: -20 is negative (values are at least 0)", run.Stderr);
        Assert.Contains($"{path}:5: p[0,1]: 1.9 is outside [0, 1]", run.Stderr);
        Assert.Contains($"{path}:6: file ends early", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void Unknown_methods_and_bad_limits_exit_two()
    {
        var run = CliRunner.Run("wta", "solve", Write(Small), "--method", "exakt", "--time-limit", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--method: 'exakt' is not a solver", run.Stderr);
        Assert.Contains("did you mean 'exact'?", run.Stderr);
        Assert.Contains("--time-limit: 0 is not allowed", run.Stderr);
    }

    [Fact]
    public void Generate_writes_a_file_that_solve_reads()
    {
        string folder = Directory.CreateTempSubdirectory("oberig-wta-").FullName;
        string path = Path.Combine(folder, "g.txt");
        var gen = CliRunner.Run("wta", "generate", "--weapons", "4", "--targets", "6", "--mu", "2", "--seed", "9", "--out", path);
        Assert.True(gen.ExitCode == 0, gen.Stderr);
        Assert.Equal("4 6 2", File.ReadLines(path).First());
        Assert.Equal(1 + 6 + 24, File.ReadLines(path).Count());
        var solve = CliRunner.Run("wta", "solve", path, "--method", "exact", "--format", "json");
        Assert.True(solve.ExitCode == 0, solve.Stderr);
        using var json = JsonDocument.Parse(solve.Stdout);
        Assert.Equal(8, json.RootElement.GetProperty("assignment").GetArrayLength());
        var again = CliRunner.Run("wta", "generate", "--weapons", "4", "--targets", "6", "--mu", "2", "--seed", "9");
        Assert.Equal(File.ReadAllText(path), again.Stdout);
    }

    [Fact]
    public void Generate_reports_every_bad_option()
    {
        var run = CliRunner.Run("wta", "generate", "--weapons", "0", "--targets", "-1", "--mu", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--weapons: 0 is not allowed", run.Stderr);
        Assert.Contains("--targets: -1 is not allowed", run.Stderr);
        Assert.Contains("--mu: 0 is not allowed", run.Stderr);
    }
}
