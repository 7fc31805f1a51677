using System.Text;
using Oberig.Core.Diagnostics;

namespace Oberig.Tracking.Recorded;

/// <summary>Reads a recorded CSV file's lines, turning an unreadable file into a problem instead of an exception.</summary>
internal static class RecordedFile
{
    public static string[]? Lines(string path, List<InputProblem> problems)
    {
        if (Directory.Exists(path)) { problems.Add(new InputProblem(path, 0, "", "is a directory, not a CSV file")); return null; }
        if (!File.Exists(path)) { problems.Add(new InputProblem(path, 0, "", "file not found")); return null; }
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new InputProblem(path, 0, "", $"cannot be read: {e.Message}"));
            return null;
        }
        if (Array.IndexOf(bytes, (byte)0) >= 0) { problems.Add(new InputProblem(path, 0, "", "is a binary file, not CSV text")); return null; }
        string text;
        try { text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes); }
        catch (DecoderFallbackException) { problems.Add(new InputProblem(path, 0, "", "is not UTF-8 text")); return null; }
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (lines.All(string.IsNullOrWhiteSpace)) { problems.Add(new InputProblem(path, 0, "", "file is empty")); return null; }
        return lines;
    }
}
