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
        var problems = new List<InputProblem>();
        var lines = RecordedFile.Lines(path, problems);
        if (lines is null) throw new InputException(problems);
        var columns = CsvColumns.FromHeader(path, lines[0], RequiredColumns, OptionalColumns, problems);
        if (columns is null) throw new InputException(problems);

        var scans = new List<(double, RecordedDetection[])>();
        var current = new List<RecordedDetection>();
        double? currentTime = null, lastTime = null;
        for (int i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            int line = i + 1;
            var f = lines[i].Split(',');
            double? t = columns.Number(f, line, "time_s"), x = columns.Number(f, line, "x_m"), y = columns.Number(f, line, "y_m");
            double? z = columns.Has("z_m") ? columns.Number(f, line, "z_m") : 0;
            string? sensor = columns.Has("sensor") ? columns.Text(f, line, "sensor") : null;
            // Order is checked on every parsable time, so one bad value elsewhere on a line hides no reordering.
            if (t is double now && lastTime is double previous && now < previous)
            {
                problems.Add(new InputProblem(path, line, "time_s", $"{now} goes back in time (an earlier line has {previous}; times must not decrease)"));
                continue;
            }
            if (t is not null) lastTime = t;
            if (t is null || x is null || y is null || z is null) continue;
            if (currentTime != t)
            {
                if (currentTime is double ct) scans.Add((ct, current.ToArray()));
                current.Clear();
                currentTime = t;
            }
            current.Add(new RecordedDetection(t.Value, new Vec3(x.Value, y.Value, z.Value), sensor));
        }
        if (currentTime is double last) scans.Add((last, current.ToArray()));
        if (problems.Count == 0 && scans.Count == 0) problems.Add(new InputProblem(path, 1, "", "no detections after the header"));
        if (problems.Count > 0) throw new InputException(problems);
        return new DetectionLog(scans, columns.Has("z_m"));
    }
}
