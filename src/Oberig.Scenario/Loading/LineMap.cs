namespace Oberig.Scenario.Loading;

/// <summary>
/// Where each value of a parsed document came from: JSON pointer -> 1-based line. Members are mapped to their key's
/// line (that is where a person looks for "field: value"); array items to the item's own line.
/// </summary>
internal sealed class LineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    public void Set(string pointer, int line) => _lines[pointer] = line;

    /// <summary>The line of the pointer, or of its nearest mapped ancestor (a missing member reports its parent's line).</summary>
    public int LineOf(string pointer)
    {
        var p = pointer;
        while (true)
        {
            if (_lines.TryGetValue(p, out var line)) return line;
            if (p.Length == 0) return 1;
            p = p[..p.LastIndexOf('/')];
        }
    }
}
