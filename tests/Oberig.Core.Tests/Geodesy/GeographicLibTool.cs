using System.Diagnostics;
using System.Globalization;

namespace Oberig.Core.Tests.Geodesy;

/// <summary>
/// Runs one of GeographicLib's command-line tools (Debian package geographiclib-tools) once, feeding every query on
/// stdin in a single batch, and parses its output lines. Missing tools skip the test locally but fail it on CI,
/// so a CI image without them cannot silently stop checking against the reference implementation.
/// </summary>
internal static class GeographicLibTool
{
    private const string InstallHint = "GeographicLib tools not found: apt-get install geographiclib-tools";

    public static double[][] Run(string tool, string arguments, IEnumerable<string> inputLines)
    {
        string? path = Find(tool);
        if (path is null)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"{InstallHint} (needed for {tool})");
            Assert.Skip($"{InstallHint} (needed for {tool})");
        }

        var psi = new ProcessStartInfo(path!, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {path}");
        // Read stdout concurrently so a large batch cannot deadlock on a full pipe.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        foreach (var line in inputLines) process.StandardInput.WriteLine(line);
        process.StandardInput.Close();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {arguments} failed: {stderr.Result}");
        return stdout.Result
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
    }

    /// <summary>
    /// Shortest round-trip text, but never in exponent notation: the tools read "E" as a hemisphere (east).
    /// Custom formats like "0.###" would cut doubles to 15 digits, so fall back to fixed "F30" only for tiny values.
    /// </summary>
    public static string Format(params double[] values) => string.Join(' ', values.Select(v =>
    {
        string r = v.ToString("R", CultureInfo.InvariantCulture);
        return r.Contains('E') ? v.ToString("F30", CultureInfo.InvariantCulture) : r;
    }));

    private static string? Find(string tool)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            string candidate = Path.Combine(dir, tool);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
