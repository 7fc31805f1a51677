using Oberig.Core.Diagnostics;
using Oberig.Core.Numerics;

namespace Oberig.Tracking.Recorded;

/// <summary>One truth position: which target, where, when.</summary>
public readonly record struct TruthPoint(double TimeS, string TargetId, Vec3 Position);

/// <summary>Ground truth from a CSV file (`time_s,target_id,x_m,y_m[,z_m]`), grouped by time, in time order.</summary>
public sealed class TruthLog
{
    public static readonly string[] RequiredColumns = ["time_s", "target_id", "x_m", "y_m"];
    public static readonly string[] OptionalColumns = ["z_m"];

    private readonly SortedDictionary<double, TruthPoint[]> _byTime;

    private TruthLog(SortedDictionary<double, TruthPoint[]> byTime) => _byTime = byTime;

    public IEnumerable<double> Times => _byTime.Keys;
    public int TargetCount => _byTime.Values.SelectMany(p => p).Select(p => p.TargetId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The truth at exactly <paramref name="timeS"/>, or empty when the file has none then.</summary>
    public ReadOnlySpan<TruthPoint> At(double timeS) => _byTime.TryGetValue(timeS, out var points) ? points : [];

    /// <exception cref="InputException">Every problem in the file, located by line and column.</exception>
    public static TruthLog Read(string path)
    {
        var problems = new List<InputProblem>();
        var lines = RecordedFile.Lines(path, problems);
        if (lines is null) throw new InputException(problems);
        var columns = CsvColumns.FromHeader(path, lines[0], RequiredColumns, OptionalColumns, problems);
        if (columns is null) throw new InputException(problems);

        var byTime = new SortedDictionary<double, List<TruthPoint>>();
        double? lastTime = null;
        for (int i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            int line = i + 1;
            var f = lines[i].Split(',');
            double? t = columns.Number(f, line, "time_s"), x = columns.Number(f, line, "x_m"), y = columns.Number(f, line, "y_m");
            double? z = columns.Has("z_m") ? columns.Number(f, line, "z_m") : 0;
            string? id = columns.Text(f, line, "target_id");
            // Order is checked on every parsable time, so one bad value elsewhere on a line hides no reordering.
            if (t is double now && lastTime is double previous && now < previous)
            {
                problems.Add(new InputProblem(path, line, "time_s", $"{now} goes back in time (an earlier line has {previous}; times must not decrease)"));
                continue;
            }
            if (t is not null) lastTime = t;
            if (t is null || x is null || y is null || z is null || id is null) continue;
            if (!byTime.TryGetValue(t.Value, out var list)) byTime[t.Value] = list = [];
            list.Add(new TruthPoint(t.Value, id, new Vec3(x.Value, y.Value, z.Value)));
        }
        if (problems.Count == 0 && byTime.Count == 0) problems.Add(new InputProblem(path, 1, "", "no truth points after the header"));
        if (problems.Count > 0) throw new InputException(problems);
        var frozen = new SortedDictionary<double, TruthPoint[]>();
        foreach (var (time, list) in byTime) frozen[time] = [.. list];
        return new TruthLog(frozen);
    }
}
