namespace Oberig.Cli.Tests;

public class EnvelopeCommandTests
{
    [Fact]
    public void WritesAPngAndItsCsvWithOneRowPerCell()
    {
        string dir = Directory.CreateTempSubdirectory("oberig-env-").FullName;
        string png = Path.Combine(dir, "mica.png");
        var run = CliRunner.Run("envelope", "--interceptor", "mica", "--threat", "shahed-136", "--out", png,
            "--runs", "1", "--range-points", "3", "--height-points", "2");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        var rows = File.ReadAllLines(Path.ChangeExtension(png, ".csv"));
        Assert.Equal("range_km,altitude_m,pk,reached_fraction,mean_time_of_flight_s", rows[0]);
        Assert.Equal(6, rows.Length - 1);
        // The nearest, lowest cell: a drone 500 m out at 50 m is reached and killed.
        var first = rows[1].Split(',');
        Assert.Equal("0.5", first[0]);
        Assert.True(double.Parse(first[2], System.Globalization.CultureInfo.InvariantCulture) > 0.5, rows[1]);
    }

    [Fact]
    public void AnOutputThatIsNotAPngIsRefused()
    {
        var run = CliRunner.Run("envelope", "--interceptor", "mica", "--threat", "shahed-136", "--out", "envelope.jpg");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out: 'envelope.jpg' is not a .png file", run.Stderr);
    }
}
