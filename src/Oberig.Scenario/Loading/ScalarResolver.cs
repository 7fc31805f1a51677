using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Oberig.Scenario.Loading;

/// <summary>
/// Gives a YAML scalar its JSON type by the YAML 1.2 core schema: plain <c>42</c> is a number, <c>"42"</c> a string,
/// <c>true</c> a boolean, <c>null</c>/<c>~</c> null. JSON text resolves to exactly what a JSON parser would give.
/// </summary>
internal static partial class ScalarResolver
{
    private const string StrTag = "tag:yaml.org,2002:str";
    private const string IntTag = "tag:yaml.org,2002:int";
    private const string FloatTag = "tag:yaml.org,2002:float";

    /// <summary>The JSON value, or null with <paramref name="error"/> set when the scalar has no JSON equivalent.</summary>
    public static JsonNode? Resolve(YamlScalarNode scalar, out string? error)
    {
        error = null;
        var text = scalar.Value ?? "";
        var tag = scalar.Tag.IsEmpty ? "?" : scalar.Tag.Value;
        if (tag == StrTag || (tag != IntTag && tag != FloatTag && scalar.Style != YamlDotNet.Core.ScalarStyle.Plain))
            return JsonValue.Create(text);
        if (tag is "?" or IntTag or FloatTag)
        {
            if (tag == "?" && NullPattern().IsMatch(text)) return null;
            if (tag == "?" && TruePattern().IsMatch(text)) return JsonValue.Create(true);
            if (tag == "?" && FalsePattern().IsMatch(text)) return JsonValue.Create(false);
            if (IntPattern().IsMatch(text)) return Integer(text);
            if (HexPattern().IsMatch(text)) return JsonValue.Create(long.Parse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            if (FloatPattern().IsMatch(text))
            {
                double d = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (double.IsFinite(d)) return JsonValue.Create(d);
            }
            if (InfNanPattern().IsMatch(text) || FloatPattern().IsMatch(text))
            {
                error = $"'{text}' is not a finite number (allowed: ordinary decimal numbers)";
                return null;
            }
        }
        return JsonValue.Create(text);
    }

    // Integers keep their exact value: a seed may use all 64 unsigned bits.
    private static JsonNode Integer(string text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return JsonValue.Create(l);
        if (ulong.TryParse(text.TrimStart('+'), NumberStyles.None, CultureInfo.InvariantCulture, out var u)) return JsonValue.Create(u);
        var big = BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return JsonValue.Create((double)big);
    }

    [GeneratedRegex("^(~|null|Null|NULL|)$")] private static partial Regex NullPattern();
    [GeneratedRegex("^(true|True|TRUE)$")] private static partial Regex TruePattern();
    [GeneratedRegex("^(false|False|FALSE)$")] private static partial Regex FalsePattern();
    [GeneratedRegex("^[-+]?[0-9]+$")] private static partial Regex IntPattern();
    [GeneratedRegex("^0x[0-9a-fA-F]+$")] private static partial Regex HexPattern();
    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")] private static partial Regex FloatPattern();
    [GeneratedRegex(@"^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")] private static partial Regex InfNanPattern();
}
