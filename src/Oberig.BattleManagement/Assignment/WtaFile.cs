using System.Globalization;
using Oberig.Core.Diagnostics;

namespace Oberig.BattleManagement.Assignment;

/// <summary>
/// The public instance format of Andersen, Pavlikov and Toffolo (2022), as in their repository's data/wta_MxNxMU.txt:
/// a first line <c>m n mu</c>, then n lines with one target value each, then m*n lines <c>i j p_ij</c> with 0-based
/// weapon and target indices. Blank lines are skipped; pairs may come in any order but each exactly once.
/// Every problem is reported with its line, all at once.
/// </summary>
public static class WtaFile
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <summary>Reads FILE; throws <see cref="InputException"/> listing every problem.</summary>
    public static WtaInstance Read(string path)
    {
        if (!File.Exists(path)) throw new InputException(new InputProblem(path, 0, "", "file not found"));
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static WtaInstance Read(TextReader reader, string fileName)
    {
        var problems = new List<InputProblem>();
        var lines = new List<(int Line, string[] Fields)>();
        int number = 0;
        for (string? text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            number++;
            var fields = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 0) lines.Add((number, fields));
        }
        InputException Fail(int line, string field, string message)
        {
            problems.Add(new InputProblem(fileName, line, field, message));
            return new InputException(problems);
        }
        if (lines.Count == 0) throw Fail(0, "", "empty file (expected a first line 'm n mu')");

        var (headLine, head) = lines[0];
        if (head.Length != 3) throw Fail(headLine, "header", $"expected 3 numbers 'm n mu', found {head.Length}");
        int m = Count(head[0], headLine, "m", problems, fileName, 1);
        int n = Count(head[1], headLine, "n", problems, fileName, 1);
        int mu = Count(head[2], headLine, "mu", problems, fileName, 0);
        if (problems.Count > 0) throw new InputException(problems);
        if ((long)m * n > 50_000_000) throw Fail(headLine, "header", $"{m} x {n} is too large (at most 50,000,000 pairs)");

        int expected = 1 + n + m * n;
        var values = new double[n];
        for (int j = 0; j < n && 1 + j < lines.Count; j++)
        {
            var (line, f) = lines[1 + j];
            if (f.Length != 1) { problems.Add(new InputProblem(fileName, line, $"value[{j}]", $"expected one target value, found {f.Length} fields")); continue; }
            if (!double.TryParse(f[0], NumberStyles.Float, Ci, out double v) || !double.IsFinite(v))
                problems.Add(new InputProblem(fileName, line, $"value[{j}]", $"'{f[0]}' is not a finite number"));
            else if (v < 0) problems.Add(new InputProblem(fileName, line, $"value[{j}]", $"{f[0]} is negative (values are at least 0)"));
            else values[j] = v;
        }

        var p = new double[m * n];
        var seen = new int[m * n]; // line that gave the pair, 0 when none yet
        for (int k = 1 + n; k < Math.Min(lines.Count, expected); k++)
        {
            var (line, f) = lines[k];
            if (f.Length != 3) { problems.Add(new InputProblem(fileName, line, "pair", $"expected 'i j p_ij', found {f.Length} fields")); continue; }
            bool okI = int.TryParse(f[0], NumberStyles.Integer, Ci, out int i);
            bool okJ = int.TryParse(f[1], NumberStyles.Integer, Ci, out int j);
            if (!okI || i < 0 || i >= m) { problems.Add(new InputProblem(fileName, line, "i", $"'{f[0]}' is not a weapon index (0 to {m - 1})")); continue; }
            if (!okJ || j < 0 || j >= n) { problems.Add(new InputProblem(fileName, line, "j", $"'{f[1]}' is not a target index (0 to {n - 1})")); continue; }
            string field = $"p[{i},{j}]";
            if (seen[i * n + j] != 0) { problems.Add(new InputProblem(fileName, line, field, $"duplicate pair (first given on line {seen[i * n + j]})")); continue; }
            seen[i * n + j] = line; // given, even if its value is wrong: one message per mistake
            if (!double.TryParse(f[2], NumberStyles.Float, Ci, out double pij) || double.IsNaN(pij))
                problems.Add(new InputProblem(fileName, line, field, $"'{f[2]}' is not a number"));
            else if (!(pij >= 0 && pij <= 1)) problems.Add(new InputProblem(fileName, line, field, $"{f[2]} is outside [0, 1]"));
            else p[i * n + j] = pij;
        }

        int lastLine = lines[^1].Line;
        if (lines.Count < expected)
        {
            string what = lines.Count < 1 + n ? $"{n} target values" : $"{m * n} probability lines";
            problems.Add(new InputProblem(fileName, lastLine, "", $"file ends early: expected {what} for m={m}, n={n} ({expected} non-blank lines, found {lines.Count})"));
            if (lines.Count > 1 + n) AddMissing(problems, fileName, lastLine, seen, m, n);
        }
        else if (lines.Count > expected)
            problems.Add(new InputProblem(fileName, lines[expected].Line, "", $"unexpected content after the {m * n} probability lines of an {m} x {n} instance"));
        else AddMissing(problems, fileName, lastLine, seen, m, n);
        if (problems.Count > 0) throw new InputException(problems);

        var available = new int[m];
        Array.Fill(available, mu);
        return new WtaInstance(values, available, p);
    }

    private static void AddMissing(List<InputProblem> problems, string fileName, int lastLine, int[] seen, int m, int n)
    {
        int missing = 0;
        for (int k = 0; k < seen.Length; k++)
        {
            if (seen[k] != 0) continue;
            if (++missing <= 5) problems.Add(new InputProblem(fileName, lastLine, $"p[{k / n},{k % n}]", "missing (every pair i j must be given once)"));
        }
        if (missing > 5) problems.Add(new InputProblem(fileName, lastLine, "", $"{missing - 5} more pairs missing"));
    }

    private static int Count(string text, int line, string field, List<InputProblem> problems, string fileName, int min)
    {
        if (int.TryParse(text, NumberStyles.Integer, Ci, out int v) && v >= min) return v;
        problems.Add(new InputProblem(fileName, line, field, $"'{text}' is not allowed (a whole number, at least {min})"));
        return 0;
    }

    /// <summary>Writes <paramref name="instance"/> in the published format. Every weapon type must have the same
    /// availability (mu) and the instance neither costs nor caps: the format has no place for them.</summary>
    public static void Write(WtaInstance instance, TextWriter writer)
    {
        int mu = instance.Available.Length == 0 ? 0 : instance.Available[0];
        if (instance.Available.Any(a => a != mu)) throw new ArgumentException("the format holds one availability mu for all weapon types", nameof(instance));
        if (instance.WeaponCosts is not null || instance.MaxPerTarget is not null)
            throw new ArgumentException("the format holds neither weapon costs nor per-target caps", nameof(instance));
        writer.Write(string.Create(Ci, $"{instance.Weapons} {instance.Targets} {mu}\n"));
        foreach (double v in instance.Values) writer.Write(string.Create(Ci, $"{v:R}\n"));
        for (int i = 0; i < instance.Weapons; i++)
            for (int j = 0; j < instance.Targets; j++)
                writer.Write(string.Create(Ci, $"{i} {j} {instance.Probability(i, j):R}\n"));
    }
}
