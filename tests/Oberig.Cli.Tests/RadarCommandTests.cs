using System.Globalization;
using Oberig.Models.Sensors;

namespace Oberig.Cli.Tests;

/// <summary>`oberig radar` run in-process through the real root: published values, the library's numbers, exit 2 on bad input.</summary>
public class RadarCommandTests
{
    private static readonly string Catalog = Path.Combine(CliRunner.RepositoryRoot, "catalog");

    private static double Number(string output) => double.Parse(output.Trim(), CultureInfo.InvariantCulture);

    [Fact]
    public void SnrAlbersheimPrintsThePublishedValue()
    {
        var (code, output, err) = CliRunner.Run("radar", "snr", "--pd", "0.9", "--pfa", "1e-6", "--method", "albersheim");
        Assert.True(code == 0, err);
        Assert.Equal(13.1145, Number(output), 4); // Albersheim (1981), Pd 0.9, Pfa 1e-6, N 1
    }

    [Fact]
    public void SnrShnidmanSteadyPrintsThePublishedValue()
    {
        var (code, output, _) = CliRunner.Run("radar", "snr", "--pd", "0.9", "--pfa", "1e-6", "--method", "shnidman", "--swerling", "0");
        Assert.Equal(0, code);
        Assert.Equal(13.1217, Number(output), 4); // Shnidman (2002), Swerling 0
    }

    [Fact]
    public void SnrExactSwerling1IsTheClosedForm()
    {
        var (code, output, _) = CliRunner.Run("radar", "snr", "--pd", "0.9", "--pfa", "1e-6", "--swerling", "1");
        Assert.Equal(0, code);
        Assert.Equal(10 * Math.Log10(Math.Log(1e-6) / Math.Log(0.9) - 1), Number(output), 8);
    }

    [Fact]
    public void SnrPrintsTheLibraryValueInFullPrecision()
    {
        var (code, output, _) = CliRunner.Run("radar", "snr", "--pd", "0.8", "--pfa", "1e-5", "--pulses", "16", "--swerling", "3");
        Assert.Equal(0, code);
        Assert.Equal(DetectionProbability.RequiredSnrDb(0.8, 1e-5, 16, SwerlingCase.Swerling3),
            double.Parse(output.Trim(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void PdInvertsSnr()
    {
        var (_, snr, _) = CliRunner.Run("radar", "snr", "--pd", "0.75", "--pfa", "1e-6", "--pulses", "10", "--swerling", "2");
        var (code, pd, err) = CliRunner.Run("radar", "pd", "--snr", snr.Trim(), "--pfa", "1e-6", "--pulses", "10", "--swerling", "2");
        Assert.True(code == 0, err);
        Assert.Equal(0.75, Number(pd), 9);
        var (_, alb, _) = CliRunner.Run("radar", "pd", "--snr", "13.1145", "--pfa", "1e-6", "--method", "albersheim");
        Assert.Equal(0.9, Number(alb), 4);
    }

    [Fact]
    public void RangeShowsTheHorizonLimitingALowCruiseMissile()
    {
        var (code, output, err) = CliRunner.Run("radar", "range", "--radar", "surveillance-radar-3d", "--threat", "kh-101", "--catalog", Catalog);
        Assert.True(code == 0, err);
        Assert.Contains("detection range: ", output);
        Assert.Contains("horizon range: 40.8", output);
        Assert.Contains("limited by horizon", output);
    }

    [Fact]
    public void RangeOfAHighDroneIsNotLimitedByTheHorizon()
    {
        var (code, output, err) = CliRunner.Run("radar", "range", "--radar", "fire-control-radar-sr", "--threat", "shahed-136",
            "--pd", "0.5", "--catalog", Catalog);
        Assert.True(code == 0, err);
        Assert.DoesNotContain("limited by horizon", output);
    }

    [Fact]
    public void RangeMatchesTheRadarEquation()
    {
        var (code, output, _) = CliRunner.Run("radar", "range", "--radar", "gun-radar", "--threat", "shahed-136", "--swerling", "0",
            "--catalog", Catalog);
        Assert.Equal(0, code);
        var catalog = Oberig.Scenario.Catalog.CatalogLoader.Load(Catalog);
        var sensor = catalog.Sensors["gun-radar"];
        double snrDb = DetectionProbability.RequiredSnrDb(0.9, 1e-6, sensor.PulsesPerDwell, SwerlingCase.Swerling0);
        double km = RadarEquation.For(sensor).RangeForSnrDbM(0.1, snrDb) / 1000;
        Assert.Contains($"detection range: {km.ToString("F3", CultureInfo.InvariantCulture)} km", output);
    }

    [Theory]
    [InlineData("--pd: 1 is not a probability", "snr", "--pd", "1", "--pfa", "1e-6")]
    [InlineData("--pd: 0 is not a probability", "snr", "--pd", "0", "--pfa", "1e-6")]
    [InlineData("--pfa: 1.5 is not a probability", "snr", "--pd", "0.9", "--pfa", "1.5")]
    [InlineData("--pfa: 0 is not a probability", "pd", "--snr", "10", "--pfa", "0")]
    [InlineData("--swerling: '5' is not a Swerling case", "snr", "--pd", "0.9", "--pfa", "1e-6", "--swerling", "5")]
    [InlineData("--method: 'robertson' is not a method", "snr", "--pd", "0.9", "--pfa", "1e-6", "--method", "robertson")]
    [InlineData("albersheim is for a steady target only", "snr", "--pd", "0.9", "--pfa", "1e-6", "--swerling", "1", "--method", "albersheim")]
    [InlineData("albersheim is for a steady target only", "pd", "--snr", "10", "--pfa", "1e-6", "--swerling", "3", "--method", "albersheim")]
    [InlineData("--pulses: '0' is not allowed", "snr", "--pd", "0.9", "--pfa", "1e-6", "--pulses", "0")]
    [InlineData("--snr: 'loud' is not a finite number", "pd", "--snr", "loud", "--pfa", "1e-6")]
    [InlineData("--pd: required", "snr", "--pfa", "1e-6")]
    [InlineData("must exceed the false-alarm probability", "snr", "--pd", "0.001", "--pfa", "0.01")]
    public void BadInputExitsWithTwoAndSaysWhy(string expected, params string[] args)
    {
        var (code, output, err) = CliRunner.Run(["radar", .. args]);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(expected, err);
        Assert.DoesNotContain("   at ", err); // no stack trace
    }

    [Fact]
    public void UnknownCatalogIdsGetASuggestion()
    {
        var (code, _, err) = CliRunner.Run("radar", "range", "--radar", "surveilance-radar-3d", "--threat", "kh101", "--catalog", Catalog);
        Assert.Equal(2, code);
        Assert.Contains("--radar: unknown sensor type 'surveilance-radar-3d' (did you mean 'surveillance-radar-3d'?)", err);
        Assert.Contains("--threat: unknown threat type 'kh101' (did you mean 'kh-101'?)", err);
        var (code2, _, err2) = CliRunner.Run("radar", "range", "--radar", "kh-101", "--threat", "kh-101", "--catalog", Catalog);
        Assert.Equal(2, code2);
        Assert.Contains("'kh-101' is a threat type, not a sensor type", err2);
    }
}
