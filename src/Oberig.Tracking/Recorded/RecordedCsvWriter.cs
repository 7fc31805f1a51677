using System.Globalization;

namespace Oberig.Tracking.Recorded;

/// <summary>Writes detections and truth in the CSV shapes that <see cref="DetectionLog"/> and <see cref="TruthLog"/> read.</summary>
public static class RecordedCsvWriter
{
    public static void WriteDetections(string path, IEnumerable<RecordedDetection> detections)
    {
        using var w = new StreamWriter(path) { NewLine = "\n" };
        w.WriteLine("time_s,x_m,y_m,z_m");
        foreach (var d in detections)
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{d.TimeS:R},{d.Position.X:R},{d.Position.Y:R},{d.Position.Z:R}"));
    }

    public static void WriteTruth(string path, IEnumerable<TruthPoint> truth)
    {
        using var w = new StreamWriter(path) { NewLine = "\n" };
        w.WriteLine("time_s,target_id,x_m,y_m,z_m");
        foreach (var p in truth)
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.TimeS:R},{p.TargetId},{p.Position.X:R},{p.Position.Y:R},{p.Position.Z:R}"));
    }
}
