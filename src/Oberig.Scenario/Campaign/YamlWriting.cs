using System.Globalization;

namespace Oberig.Scenario.Campaign;

/// <summary>
/// The little YAML the campaign's writers need. Numbers are written in the shortest form that reads back to the same
/// double, so a file written and read again holds exactly the values it was written from; text is quoted as JSON,
/// which YAML reads as the same string.
/// </summary>
internal static class YamlWriting
{
    public static string Number(double value) => double.IsFinite(value)
        ? value.ToString("R", CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(nameof(value), value, "input files hold finite numbers only");

    public static string Number(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    /// <summary>A flow list of numbers, "[1, 2.5, 3]".</summary>
    public static string Numbers(IEnumerable<double> values) => $"[{string.Join(", ", values.Select(Number))}]";

    /// <summary>A flow mapping of numbers by key, "{a: 1, b: 2}", keys in ordinal order so the output is stable.</summary>
    public static string Table(IReadOnlyDictionary<string, double> values) =>
        "{" + string.Join(", ", values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{Text(p.Key)}: {Number(p.Value)}")) + "}";

    /// <summary>Writes the text with '\n' line ends whatever the platform, so files are identical everywhere.</summary>
    public static void Save(string path, IEnumerable<string> lines) =>
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new System.Text.UTF8Encoding(false));
}
