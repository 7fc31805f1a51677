using Oberig.Tracking.Recorded;

namespace Oberig.Cli.Tests;

public class TrackGenerateCommandTests
{
    [Fact]
    public void WritesFilesThatTheTrackerReadersAccept()
    {
        string folder = Directory.CreateTempSubdirectory("oberig-gen-").FullName;
        var run = CliRunner.Run("track", "generate", "--targets", "10", "--scans", "5", "--clutter", "0", "--pd", "1", "--out", folder);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var detections = DetectionLog.Read(Path.Combine(folder, "detections.csv"));
        var truth = TruthLog.Read(Path.Combine(folder, "truth.csv"));
        Assert.Equal(5, detections.Scans.Count);
        Assert.All(detections.Scans, s => Assert.Equal(10, s.Detections.Length)); // Pd 1, no clutter
        Assert.Equal(10, truth.TargetCount);
    }

    [Fact]
    public void BadOptionsAreAllReportedWithExitCodeTwo()
    {
        var run = CliRunner.Run("track", "generate", "--targets", "0", "--pd", "1.5", "--out", Path.GetTempPath());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--targets: 0 is not allowed", run.Stderr);
        Assert.Contains("--pd: 1.5 is not allowed", run.Stderr);
    }
}
