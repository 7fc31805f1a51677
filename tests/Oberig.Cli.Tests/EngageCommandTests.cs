using System.Text.Json;

namespace Oberig.Cli.Tests;

public class EngageCommandTests
{
    [Fact]
    public void JsonGivesTheKillProbabilityWithItsIntervalAndTheFlightFigures()
    {
        var run = CliRunner.Run("engage", "--interceptor", "mica", "--threat", "shahed-136", "--range-km", "10", "--altitude-m", "500",
            "--crossing-km", "1", "--runs", "6", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        var r = doc.RootElement;
        Assert.Equal(6, r.GetProperty("runs").GetInt32());
        Assert.Equal(6, r.GetProperty("reached").GetInt32());
        double pk = r.GetProperty("kill_probability").GetDouble();
        Assert.InRange(pk, r.GetProperty("kill_probability_low").GetDouble(), r.GetProperty("kill_probability_high").GetDouble());
        Assert.InRange(pk, 0.5, 1);
        Assert.InRange(r.GetProperty("mean_time_of_flight_s").GetDouble(), 5, 40);
        Assert.Equal(JsonValueKind.Null, r.GetProperty("out_of_envelope").ValueKind);
    }

    [Fact]
    public void ATargetOutOfReachIsReportedAsOutOfEnvelopeWithTheReason()
    {
        // Diving onto a point 50 km beside the launcher: never within MICA's 20 km (diving onto the launcher it is met).
        var run = CliRunner.Run("engage", "--interceptor", "mica", "--threat", "iskander-m", "--range-km", "60", "--altitude-m", "30000",
            "--crossing-km", "50", "--runs", "3");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("out of envelope:", run.Stdout);
        Assert.DoesNotContain("NaN", run.Stdout);
    }

    [Theory]
    [InlineData("--interceptor", "astre-30", "--interceptor: unknown interceptor type 'astre-30'")]
    [InlineData("--interceptor", "gepard-35mm", "--interceptor: 'gepard-35mm' has no flyout table")]
    [InlineData("--range-km", "-2", "--range-km: -2 is not allowed (more than 0)")]
    public void BadInputExitsWithCode2AndSaysWhy(string option, string value, string expected)
    {
        var args = new Dictionary<string, string> { ["--interceptor"] = "mica", ["--threat"] = "shahed-136", ["--range-km"] = "10", ["--altitude-m"] = "500" };
        args[option] = value;
        var run = CliRunner.Run(["engage", .. args.SelectMany(kv => new[] { kv.Key, kv.Value }), "--runs", "2"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Stderr);
    }
}
