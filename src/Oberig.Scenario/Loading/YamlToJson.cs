using System.Text.Json.Nodes;
using Oberig.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Oberig.Scenario.Loading;

/// <summary>
/// Converts a YamlDotNet node tree to System.Text.Json nodes, so one JSON Schema checks YAML and JSON files alike,
/// while recording each value's line for error messages.
/// </summary>
internal sealed class YamlToJson
{
    private readonly string _file;
    private readonly LineMap _lines = new();
    private readonly List<InputProblem> _problems;

    private YamlToJson(string file, List<InputProblem> problems)
    {
        _file = file;
        _problems = problems;
    }

    public static ParsedDocument? Convert(string file, YamlNode rootNode, List<InputProblem> problems)
    {
        var converter = new YamlToJson(file, problems);
        var json = converter.Node(rootNode, "", "", rootNode.Start.Line);
        if (json is not JsonObject obj)
        {
            problems.Add(new InputProblem(file, (int)rootNode.Start.Line, "",
                $"the file holds {Describe(rootNode)} at the top level (allowed: a mapping of field names to values)"));
            return null;
        }
        return new ParsedDocument(file, obj, converter._lines);
    }

    // `path` is the human field path built alongside the pointer, for problems found during conversion.
    private JsonNode? Node(YamlNode node, string pointer, string path, long line)
    {
        _lines.Set(pointer, (int)line);
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (keyNode, valueNode) in map.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } key })
                    {
                        _problems.Add(new InputProblem(_file, (int)keyNode.Start.Line, path, "a field name must be plain text, not a list or mapping"));
                        continue;
                    }
                    var childPath = path.Length == 0 ? key : $"{path}.{key}";
                    // YamlDotNet rejects equal keys while parsing; this catches keys equal only after resolution ("1" vs 1).
                    if (obj.ContainsKey(key))
                    {
                        _problems.Add(new InputProblem(_file, (int)keyNode.Start.Line, childPath, $"duplicate field '{key}'"));
                        continue;
                    }
                    obj[key] = Node(valueNode, JsonPointerText.Append(pointer, key), childPath, keyNode.Start.Line);
                }
                return obj;
            case YamlSequenceNode seq:
                var arr = new JsonArray();
                for (int i = 0; i < seq.Children.Count; i++)
                {
                    var child = seq.Children[i];
                    arr.Add(Node(child, JsonPointerText.Append(pointer, i), $"{path}[{i}]", child.Start.Line));
                }
                return arr;
            case YamlScalarNode scalar:
                var value = ScalarResolver.Resolve(scalar, out var error);
                if (error is not null) _problems.Add(new InputProblem(_file, (int)line, path, error));
                return value;
            default:
                return null;
        }
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlScalarNode s => $"the single value '{s.Value}'",
        _ => "something other than a mapping",
    };
}
