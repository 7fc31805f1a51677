using Oberig.Core.Diagnostics;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Campaign;

/// <summary>
/// The outcome table file (docs/FORMATS.md "Outcome table files"): what <c>oberig campaign fit</c> writes and a
/// campaign's <c>outcomes:</c> names. Reading checks what interpolation relies on: per threat, raid scales strictly
/// increasing; per point, kills plus leaks at most the threats launched.
/// </summary>
public static class OutcomeTableFile
{
    /// <summary>Kills and leaks are fitted means; their sum may pass 1 by rounding, not by more.</summary>
    private const double SumTolerance = 1e-9;

    /// <summary>The table, or an <see cref="InputException"/> carrying every problem found.</summary>
    public static OutcomeTable Read(string path)
    {
        var problems = new List<InputProblem>();
        var table = Resolve(path, problems);
        if (table is null || problems.Count > 0)
            throw new InputException(problems.Count > 0 ? problems : [new InputProblem(path, 0, "", "the outcome table could not be read")]);
        return table;
    }

    /// <summary>Every problem with the table; empty when it reads.</summary>
    public static IReadOnlyList<InputProblem> Validate(string path)
    {
        var problems = new List<InputProblem>();
        Resolve(path, problems);
        return problems;
    }

    /// <summary>Writes the table so that <see cref="Read"/> gives an equal one back (same numbers, bit for bit).</summary>
    /// <param name="comment">Written as a leading YAML comment (for instance the command that regenerates the table).</param>
    public static void Write(string path, OutcomeTable table, string? comment = null) =>
        YamlWriting.Save(path, comment is null ? OutcomeTableWriting.Lines(table) : OutcomeTableWriting.Lines(table).Prepend("# " + comment.ReplaceLineEndings(" ")));

    private static OutcomeTable? Resolve(string path, List<InputProblem> problems)
    {
        var doc = CheckedDocument.Open(path, SchemaSet.OutcomeTableUri, problems);
        if (doc is null) return null;
        var baseline = doc.Read<Dictionary<string, double>>("/baseline_raid");
        var threats = doc.Each<ThreatOutcomeShape>("/threats");
        var falseTracks = doc.Each<FalseTrackShape>("/false_track_rounds");
        for (int i = 1; i < falseTracks.Count; i++)
            if (falseTracks[i].Item.Scale <= falseTracks[i - 1].Item.Scale)
                doc.Report(JsonPointerText.Append(falseTracks[i].Pointer, "scale"),
                    $"{YamlWriting.Number(falseTracks[i].Item.Scale)} does not follow {YamlWriting.Number(falseTracks[i - 1].Item.Scale)} (allowed: scales strictly increasing, so the table can be interpolated)");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (pointer, threat) in threats)
        {
            var at = JsonPointerText.Append(pointer, "threat");
            if (seen.TryGetValue(threat.Threat, out var first))
                doc.Report(at, $"duplicate threat '{threat.Threat}' (already at line {first}; each threat has one fit)");
            else seen[threat.Threat] = doc.Doc.Lines.LineOf(at);
            if (baseline is not null && !baseline.ContainsKey(threat.Threat))
                doc.Report(at, $"'{threat.Threat}' is not in baseline_raid (allowed: {string.Join(", ", baseline.Keys)}; scales multiply the baseline raid)");
            CheckPoints(doc, JsonPointerText.Append(pointer, "points"), threat.Points);
        }
        if (problems.Count > 0 || baseline is null) return null;
        return new OutcomeTable
        {
            Scenario = doc.Text("/scenario")!,
            Seed = doc.Value<ulong>("/seed")!.Value,
            Replications = doc.Value<int>("/replications")!.Value,
            BaselineRaid = baseline,
            Threats = threats.Select(t => new ThreatOutcomeFit
            {
                Threat = t.Item.Threat,
                DamagePerLeaker = t.Item.DamagePerLeaker,
                DamageEurPerLeaker = t.Item.DamageEurPerLeaker,
                Points = t.Item.Points.Select(p => new OutcomePoint
                {
                    Scale = p.Scale,
                    ShotsPerThreat = p.ShotsPerThreat,
                    KillsPerThreat = p.KillsPerThreat,
                    LeakFraction = p.LeakFraction,
                }).ToArray(),
            }).ToArray(),
            FalseTrackRounds = [.. falseTracks.Select(f => new FalseTrackPoint { Scale = f.Item.Scale, RoundsPerNight = f.Item.RoundsPerNight })],
        };
    }

    private static void CheckPoints(CheckedDocument doc, string pointer, IReadOnlyList<OutcomePointShape> points)
    {
        for (int i = 0; i < points.Count; i++)
        {
            var at = JsonPointerText.Append(pointer, i);
            if (i > 0 && points[i].Scale <= points[i - 1].Scale)
                doc.Report(JsonPointerText.Append(at, "scale"),
                    $"{YamlWriting.Number(points[i].Scale)} does not follow {YamlWriting.Number(points[i - 1].Scale)} (allowed: scales strictly increasing, so the table can be interpolated)");
            double accounted = points[i].KillsPerThreat.Values.Sum() + points[i].LeakFraction;
            if (accounted > 1 + SumTolerance)
                doc.Report(at, $"kills per threat plus leak_fraction make {YamlWriting.Number(accounted)} (allowed: at most 1, as no threat is both killed and leaked)");
        }
    }
}
