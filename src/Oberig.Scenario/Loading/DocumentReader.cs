using Oberig.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Oberig.Scenario.Loading;

/// <summary>Reads a YAML or JSON file into a <see cref="ParsedDocument"/>, or explains in problems why it cannot.</summary>
internal static class DocumentReader
{
    public static ParsedDocument? Read(string path, List<InputProblem> problems)
    {
        var text = SourceText.Read(path, problems);
        return text is null ? null : Parse(path, text, problems);
    }

    public static ParsedDocument? Parse(string file, string text, List<InputProblem> problems)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            // YamlDotNet's marks are 1-based; its message already says what the parser expected.
            var message = ex.Message.StartsWith("Duplicate key", StringComparison.Ordinal)
                ? $"duplicate field '{ex.Message["Duplicate key".Length..].Trim()}' (each field may appear once)"
                : $"YAML syntax error: {ex.Message}";
            problems.Add(new InputProblem(file, (int)Math.Max(1, ex.Start.Line), "", message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18's scanner can fail without a mark on some unclosed flow collections; the last event parsed
            // is then the best position we have, and it is where the unclosed bracket usually is.
            var line = parser.Current is { } current ? (int)Math.Max(1, current.End.Line) : 1;
            problems.Add(new InputProblem(file, line, "", "YAML syntax error: the text after this point cannot be parsed (an unclosed '[', '{' or quote?)"));
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            problems.Add(new InputProblem(file, 0, "", "file is empty (only comments or blank lines)"));
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            problems.Add(new InputProblem(file, (int)stream.Documents[1].RootNode.Start.Line, "",
                "the file holds more than one YAML document (allowed: exactly one; remove the extra '---')"));
            return null;
        }
        return YamlToJson.Convert(file, stream.Documents[0].RootNode, problems);
    }
}
