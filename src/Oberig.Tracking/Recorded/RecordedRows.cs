using Oberig.Core.Diagnostics;

namespace Oberig.Tracking.Recorded;

/// <summary>
/// The reading loop shared by the recorded CSV files: header, one record a line, a non-decreasing <c>time_s</c>, and
/// every problem collected before failing. The caller parses the rest of each line.
/// </summary>
internal static class RecordedRows
{
    /// <param name="parse">Reads a line's other columns given its time; null when a value was bad (already reported).</param>
    /// <exception cref="InputException">Every problem in the file, located by line and column.</exception>
    public static List<T> Read<T>(string path, IReadOnlyList<string> required, IReadOnlyList<string> optional,
        Func<CsvColumns, string[], int, double, T?> parse, string whatIsEmpty) where T : struct
    {
        var problems = new List<InputProblem>();
        var lines = RecordedFile.Lines(path, problems);
        if (lines is null) throw new InputException(problems);
        var columns = CsvColumns.FromHeader(path, lines[0], required, optional, problems);
        if (columns is null) throw new InputException(problems);

        var rows = new List<T>();
        double? lastTime = null;
        for (int i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            int line = i + 1;
            var fields = lines[i].Split(',');
            double? time = columns.Number(fields, line, "time_s");
            var row = time is double t ? parse(columns, fields, line, t) : null;
            // Order is checked on every parsable time, so one bad value elsewhere on a line hides no reordering.
            if (time is double now && lastTime is double previous && now < previous)
            {
                problems.Add(new InputProblem(path, line, "time_s", $"{now} goes back in time (an earlier line has {previous}; times must not decrease)"));
                continue;
            }
            if (time is not null) lastTime = time;
            if (row is T value) rows.Add(value);
        }
        if (problems.Count == 0 && rows.Count == 0) problems.Add(new InputProblem(path, 1, "", $"no {whatIsEmpty} after the header"));
        if (problems.Count > 0) throw new InputException(problems);
        return rows;
    }
}
