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
        var rows = RecordedRows.Read<TruthPoint>(path, RequiredColumns, OptionalColumns, (columns, f, line, t) =>
        {
            double? x = columns.Number(f, line, "x_m"), y = columns.Number(f, line, "y_m");
            double? z = columns.Has("z_m") ? columns.Number(f, line, "z_m") : 0;
            string? id = columns.Text(f, line, "target_id");
            return x is null || y is null || z is null || id is null ? (TruthPoint?)null : new TruthPoint(t, id, new Vec3(x.Value, y.Value, z.Value));
        }, "truth points");
        var byTime = new SortedDictionary<double, TruthPoint[]>();
        foreach (var g in rows.GroupBy(p => p.TimeS)) byTime[g.Key] = [.. g];
        return new TruthLog(byTime);
    }
}
