using System.Text;
using Oberig.Core.Diagnostics;

namespace Oberig.Scenario.Loading;

/// <summary>
/// Reads an input file as strict UTF-8 text. Every way a file can be unusable before parsing (missing, a directory,
/// unreadable, empty, binary) becomes one whole-file <see cref="InputProblem"/> instead of an exception.
/// </summary>
internal static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string path, List<InputProblem> problems)
    {
        if (Directory.Exists(path))
            return Fail(problems, path, "is a directory, not a file");
        if (!File.Exists(path))
            return Fail(problems, path, "file not found");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(problems, path, $"cannot read the file ({ex.Message})");
        }
        // A NUL byte never occurs in YAML or JSON text; it is the surest sign of a binary file.
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            return Fail(problems, path, "is a binary file, not YAML or JSON text");
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Fail(problems, path, "is not valid UTF-8 text (binary file, or saved in another encoding)");
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (string.IsNullOrWhiteSpace(text))
            return Fail(problems, path, "file is empty");
        return text;
    }

    private static string? Fail(List<InputProblem> problems, string path, string message)
    {
        problems.Add(new InputProblem(path, 0, "", message));
        return null;
    }
}
