using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Oberig.Scenario.Catalog;

namespace Oberig.Models.Effectors.Tables;

/// <summary>
/// A kill-probability table's flown cells on disk, so the next process need not fly them again: one file per
/// interceptor type and build options, named by a fingerprint of everything a cell's value depends on — the type's
/// catalog entry, the table's options and the build of the flight model (its assembly's module version id, which a
/// deterministic build changes exactly when the code does). A changed catalog entry or model therefore reads a
/// different file and never a stale value; an unreadable or mismatched file is ignored and the cells flown again.
/// </summary>
/// <remarks>Cells are a deterministic function of that fingerprint, so files written by processes running at the same
/// time agree wherever both have a cell: a write merges the file's cells with its own and replaces it atomically.</remarks>
internal static class KillProbabilityTableFile
{
    private static readonly byte[] Magic = "OBERIG-PK-1\n"u8.ToArray();

    /// <summary>The file of a type's table under <paramref name="directory"/>.</summary>
    public static string PathFor(string directory, InterceptorType type, KillProbabilityTableOptions options)
    {
        var text = new StringBuilder()
            .Append(typeof(KillProbabilityTableFile).Assembly.ManifestModule.ModuleVersionId).Append('\n')
            .Append(JsonSerializer.Serialize(type)).Append('\n')
            .Append(JsonSerializer.Serialize(options));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..20];
        string safeId = string.Concat(type.Id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
        return Path.Combine(directory, $"pk-{safeId}-{hash}.bin");
    }

    /// <summary>The cells stored at <paramref name="path"/> (<paramref name="pending"/> where not flown), or null when
    /// there is no such file or it does not hold <paramref name="cells"/> cells.</summary>
    public static double[]? TryRead(string path, int cells)
    {
        try
        {
            if (!File.Exists(path)) return null;
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length != Magic.Length + 4 + 8 * cells || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)) return null;
            if (BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Magic.Length)) != cells) return null;
            var values = new double[cells];
            for (int k = 0; k < cells; k++)
                values[k] = BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(Magic.Length + 4 + 8 * k));
            return values;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>Writes <paramref name="values"/>, merged with the cells the file already holds, through a temporary
    /// file and an atomic rename. A directory that cannot be written only costs the next process the flights.</summary>
    public static void Write(string path, double[] values, double pending)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var merged = (double[])values.Clone();
            if (TryRead(path, values.Length) is { } stored)
                for (int k = 0; k < merged.Length; k++)
                    if (merged[k] == pending) merged[k] = stored[k];
            var bytes = new byte[Magic.Length + 4 + 8 * merged.Length];
            Magic.CopyTo(bytes, 0);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(Magic.Length), merged.Length);
            for (int k = 0; k < merged.Length; k++)
                BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(Magic.Length + 4 + 8 * k), merged[k]);
            string temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
