using Oberig.Core.Diagnostics;
using Oberig.Tracking.Recorded;

namespace Oberig.Tracking.Tests.Recorded;

public class DetectionLogTests
{
    private static string Write(string text, string name = "d.csv")
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("oberig-csv-").FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string[] Problems(string text)
    {
        string path = Write(text);
        var ex = Assert.Throws<InputException>(() => DetectionLog.Read(path));
        return ex.Problems.Select(p => p.ToString().Replace(path, "d.csv", StringComparison.Ordinal)).ToArray();
    }

    [Fact]
    public void DetectionsAreGroupedIntoScansByTime()
    {
        var log = DetectionLog.Read(Write("time_s,x_m,y_m,sensor\n0,1,2,a\n0,3,4,b\n1.5,5,6,a\n\n"));
        Assert.Equal(2, log.Scans.Count);
        Assert.Equal(2, log.Scans[0].Detections.Length);
        Assert.Equal(1.5, log.Scans[1].TimeS);
        Assert.Equal(new Oberig.Core.Numerics.Vec3(5, 6, 0), log.Scans[1].Detections[0].Position);
        Assert.Equal("b", log.Scans[0].Detections[1].Sensor);
        Assert.False(log.ThreeDimensional);
        Assert.Equal(3, log.Count);
    }

    [Fact]
    public void ColumnsMayComeInAnyOrderWithHeightAndWindowsLineEnds()
    {
        var log = DetectionLog.Read(Write("z_m,y_m,x_m,time_s\r\n100,2,1,0\r\n"));
        Assert.True(log.ThreeDimensional);
        Assert.Equal(new Oberig.Core.Numerics.Vec3(1, 2, 100), log.Scans[0].Detections[0].Position);
    }

    [Fact]
    public void MissingColumnIsNamedAtTheHeader() =>
        Assert.Equal(["d.csv:1: y_m: missing column (the header must name time_s, x_m, y_m)"], Problems("time_s,x_m\n0,1\n"));

    [Fact]
    public void UnknownColumnIsNamed() =>
        Assert.Equal(["d.csv:1: speed: unknown column (allowed: time_s, x_m, y_m, z_m, sensor)"], Problems("time_s,x_m,y_m,speed\n0,1,2,3\n"));

    [Fact]
    public void EveryBadValueIsReportedWithItsLineAndColumn()
    {
        var problems = Problems("time_s,x_m,y_m\n0,1,2\n1,abc,2\n2,NaN,3\n3,4,Infinity\n2.5,1,1\n4,1\n");
        Assert.Equal(
        [
            "d.csv:3: x_m: 'abc' is not a number",
            "d.csv:4: x_m: NaN is not allowed (a finite number)",
            "d.csv:5: y_m: Infinity is not allowed (a finite number)",
            "d.csv:6: time_s: 2.5 goes back in time (an earlier line has 3; times must not decrease)",
            "d.csv:7: y_m: missing value (the line has 2 fields, the header 3)",
        ], problems);
    }

    [Fact]
    public void EmptyBinaryAndMissingFilesAreClearProblems()
    {
        Assert.Equal(["d.csv: file is empty"], Problems(""));
        Assert.Equal(["d.csv:1: no detections after the header"], Problems("time_s,x_m,y_m\n"));
        string binary = Write("x");
        File.WriteAllBytes(binary, [0x74, 0x00, 0x01, 0x02]);
        Assert.Contains("binary", Assert.Throws<InputException>(() => DetectionLog.Read(binary)).Problems[0].Message);
        Assert.Equal("file not found", Assert.Throws<InputException>(() => DetectionLog.Read("/no/such.csv")).Problems[0].Message);
    }

    [Fact]
    public void TruthIsIndexedByTimeAndTarget()
    {
        var truth = TruthLog.Read(Write("time_s,target_id,x_m,y_m\n0,a,0,0\n0,b,10,0\n1,a,1,0\n"));
        Assert.Equal([0.0, 1.0], truth.Times);
        Assert.Equal(2, truth.At(0).Length);
        Assert.Equal(0, truth.At(0.5).Length);
        Assert.Equal(2, truth.TargetCount);
    }

    [Fact]
    public void TruthWithoutTargetIdIsRejected()
    {
        string path = Write("time_s,target_id,x_m,y_m\n0,,0,0\n");
        var problem = Assert.Single(Assert.Throws<InputException>(() => TruthLog.Read(path)).Problems);
        Assert.Equal((2, "target_id", "is empty"), (problem.Line, problem.FieldPath, problem.Message));
    }
}
