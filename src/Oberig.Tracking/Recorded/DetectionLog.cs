using Oberig.Core.Diagnostics;
using Oberig.Core.Numerics;

namespace Oberig.Tracking.Recorded;

/// <summary>One recorded detection in a local Cartesian frame (metres); Sensor is the file's sensor label or null.</summary>
public readonly record struct RecordedDetection(double TimeS, Vec3 Position, string? Sensor);

/// <summary>
/// Detections from a CSV file (`time_s,x_m,y_m[,z_m][,sensor]`), grouped into scans by equal time, in time order.
/// Times must not go backwards: a recording is a sequence, and a tracker run over a shuffled one would be wrong.
/// </summary>
public sealed class DetectionLog
{
    public static readonly string[] RequiredColumns = ["time_s", "x_m", "y_m"];
    public static readonly string[] OptionalColumns = ["z_m", "sensor"];

    public IReadOnlyList<(double TimeS, RecordedDetection[] Detections)> Scans { get; }
    public bool ThreeDimensional { get; }
    public int Count => Scans.Sum(s => s.Detections.Length);

    private DetectionLog(IReadOnlyList<(double, RecordedDetection[])> scans, bool threeD)
    {
        Scans = scans;
        ThreeDimensional = threeD;
    }

    /// <exception cref="InputException">Every problem in the file, located by line and column.</exception>
    public static DetectionLog Read(string path)
    {
        bool threeD = false;
        var rows = RecordedRows.Read<RecordedDetection>(path, RequiredColumns, OptionalColumns, (columns, f, line, t) =>
        {
            threeD = columns.Has("z_m");
            double? x = columns.Number(f, line, "x_m"), y = columns.Number(f, line, "y_m");
            double? z = columns.Has("z_m") ? columns.Number(f, line, "z_m") : 0;
            string? sensor = columns.Has("sensor") ? columns.Text(f, line, "sensor") : null;
            return x is null || y is null || z is null ? (RecordedDetection?)null : new RecordedDetection(t, new Vec3(x.Value, y.Value, z.Value), sensor);
        }, "detections");
        var scans = rows.GroupBy(d => d.TimeS).Select(g => (g.Key, g.ToArray())).ToList();
        return new DetectionLog(scans, threeD);
    }
}
