using System.Globalization;
using Oberig.Cli;
using Oberig.Core.Geodesy;

namespace Oberig.Cli.Tests;

/// <summary>`oberig geo` run in-process: numbers must equal the library's bit for bit; bad input exits with 2.</summary>
public class GeoCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliHost.Invoke(OberigCommand.Create(), args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static double[] Numbers(string output)
    {
        string line = output.TrimEnd('\r', '\n');
        Assert.DoesNotContain("  ", line); // single spaces only
        return line.Split(' ').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray();
    }

    [Fact]
    public void InverseWithNegativeNumbersParsesAndMatchesTheLibrary()
    {
        var (code, output, err) = Run("geo", "inverse", "-33", "151", "51.5", "-0.1");
        Assert.True(code == 0, err);
        var r = Geodesic.Inverse(-33, 151, 51.5, -0.1);
        Assert.Equal([r.S12M, r.Azimuth1Deg, r.Azimuth2Deg], Numbers(output));
    }

    [Fact]
    public void DirectMatchesTheLibrary()
    {
        var (code, output, _) = Run("geo", "direct", "40", "-0", "30", "10000000");
        Assert.Equal(0, code);
        var r = Geodesic.Direct(40, 0, 30, 10_000_000);
        Assert.Equal([r.Latitude2Deg, r.Longitude2Deg, r.Azimuth2Deg], Numbers(output));
    }

    [Fact]
    public void EcefAndGeodeticMatchTheLibrary()
    {
        var (code, output, _) = Run("geo", "ecef", "33.3", "44.4", "6000");
        Assert.Equal(0, code);
        var e = Wgs84.ToEcef(new Geodetic(33.3, 44.4, 6000));
        double[] xyz = Numbers(output);
        Assert.Equal([e.X, e.Y, e.Z], xyz);

        string[] back = [.. xyz.Select(v => v.ToString("R", CultureInfo.InvariantCulture))];
        (code, output, _) = Run(["geo", "geodetic", .. back]);
        Assert.Equal(0, code);
        var g = Wgs84.ToGeodetic(e);
        Assert.Equal([g.LatitudeDeg, g.LongitudeDeg, g.HeightM], Numbers(output));
    }

    [Fact]
    public void AerMatchesTheLibrary()
    {
        var (code, output, _) = Run("geo", "aer", "50", "30", "0", "50.01", "-30.01", "1000");
        Assert.Equal(0, code);
        var a = new LocalFrame(new Geodetic(50, 30, 0)).ToAer(new Geodetic(50.01, -30.01, 1000));
        Assert.Equal([a.AzimuthDeg, a.ElevationDeg, a.RangeM], Numbers(output));
    }

    [Fact]
    public void HorizonUsesFourThirdsEarthUnlessToldOtherwise()
    {
        var (code, output, _) = Run("geo", "horizon", "10", "0");
        Assert.Equal(0, code);
        Assert.Equal([RadarHorizon.HorizonRangeM(10, 0)], Numbers(output));

        (code, output, _) = Run("geo", "horizon", "10", "100", "--k", "1");
        Assert.Equal(0, code);
        Assert.Equal([RadarHorizon.HorizonRangeM(10, 100, 1)], Numbers(output));
    }

    [Theory]
    [InlineData("LAT: latitude 95 is out of range (allowed -90..90)", "geo", "ecef", "95", "0", "0")]
    [InlineData("LAT2: latitude -90.5 is out of range", "geo", "inverse", "0", "0", "-90.5", "0")]
    [InlineData("LON1: 'east' is not a number", "geo", "direct", "0", "east", "0", "1")]
    [InlineData("S12: NaN is not a finite number", "geo", "direct", "0", "0", "0", "NaN")]
    [InlineData("ANTENNA_HEIGHT_M: height -5 is out of range (allowed at least 0)", "geo", "horizon", "-5", "0")]
    [InlineData("--k: k 0 is out of range (allowed > 0)", "geo", "horizon", "5", "0", "--k", "0")]
    public void BadValuesExitWithTwoAndSayWhatIsWrong(string message, params string[] args)
    {
        var (code, output, err) = Run(args);
        Assert.Equal(CliHost.BadInput, code);
        Assert.Equal("", output);
        Assert.Contains("<command line>: " + message, err);
    }

    [Fact]
    public void EveryBadValueIsReportedAtOnce()
    {
        var (code, _, err) = Run("geo", "inverse", "91", "x", "0", "Infinity");
        Assert.Equal(CliHost.BadInput, code);
        Assert.Contains("LAT1:", err);
        Assert.Contains("LON1:", err);
        Assert.Contains("LON2:", err);
    }

    [Fact]
    public void MissingArgumentsAreAUsageError()
    {
        var (code, _, err) = Run("geo", "inverse", "1", "2");
        Assert.Equal(CliHost.BadInput, code);
        Assert.Contains("oberig:", err);
    }
}
