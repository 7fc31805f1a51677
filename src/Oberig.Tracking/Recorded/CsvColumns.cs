using System.Globalization;
using Oberig.Core.Diagnostics;

namespace Oberig.Tracking.Recorded;

/// <summary>
/// A minimal reader for the recorded-data CSV files of `oberig track`: a header line naming the columns, then one
/// record a line, comma-separated, no quoting. Every problem is collected as <c>FILE:LINE: column: message</c>.
/// </summary>
internal sealed class CsvColumns
{
    private readonly string _file;
    private readonly Dictionary<string, int> _index;
    private readonly List<InputProblem> _problems;

    private CsvColumns(string file, Dictionary<string, int> index, List<InputProblem> problems)
    {
        _file = file;
        _index = index;
        _problems = problems;
    }

    /// <summary>Reads the header; null (with a problem recorded) when a required column is missing.</summary>
    public static CsvColumns? FromHeader(string file, string header, IReadOnlyList<string> required, IReadOnlyList<string> optional,
        List<InputProblem> problems)
    {
        var names = header.Split(',').Select(n => n.Trim()).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            if (!required.Contains(names[i]) && !optional.Contains(names[i]))
                problems.Add(new InputProblem(file, 1, names[i], $"unknown column (allowed: {string.Join(", ", required.Concat(optional))})"));
            else if (!index.TryAdd(names[i], i))
                problems.Add(new InputProblem(file, 1, names[i], "column named twice"));
        }
        var missing = required.Where(r => !index.ContainsKey(r)).ToList();
        foreach (var m in missing)
            problems.Add(new InputProblem(file, 1, m, $"missing column (the header must name {string.Join(", ", required)})"));
        return missing.Count == 0 ? new CsvColumns(file, index, problems) : null;
    }

    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>A finite number from <paramref name="column"/>, or null with a problem recorded.</summary>
    public double? Number(string[] fields, int line, string column)
    {
        var text = Field(fields, line, column);
        if (text is null) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            _problems.Add(new InputProblem(_file, line, column, $"'{text}' is not a number"));
            return null;
        }
        if (!double.IsFinite(value))
        {
            _problems.Add(new InputProblem(_file, line, column, $"{text} is not allowed (a finite number)"));
            return null;
        }
        return value;
    }

    public string? Text(string[] fields, int line, string column)
    {
        var text = Field(fields, line, column);
        if (text is not null && text.Length == 0) _problems.Add(new InputProblem(_file, line, column, "is empty"));
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private string? Field(string[] fields, int line, string column)
    {
        int i = _index[column];
        if (i < fields.Length) return fields[i].Trim();
        _problems.Add(new InputProblem(_file, line, column, $"missing value (the line has {fields.Length} fields, the header {_index.Count})"));
        return null;
    }
}
