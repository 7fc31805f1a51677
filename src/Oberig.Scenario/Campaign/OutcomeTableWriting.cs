namespace Oberig.Scenario.Campaign;

/// <summary>An <see cref="OutcomeTable"/> as the lines of its file, one raid scale per line so a diff shows what a refit changed.</summary>
internal static class OutcomeTableWriting
{
    public static IEnumerable<string> Lines(OutcomeTable table)
    {
        yield return "# Oberig outcome table (docs/FORMATS.md, \"Outcome table files\"), written by oberig campaign fit";
        yield return $"scenario: {YamlWriting.Text(table.Scenario)}";
        yield return $"seed: {YamlWriting.Number(table.Seed)}";
        yield return $"replications: {table.Replications}";
        yield return $"baseline_raid: {YamlWriting.Table(table.BaselineRaid)}";
        yield return "threats:";
        foreach (var threat in table.Threats)
        {
            yield return $"  - threat: {YamlWriting.Text(threat.Threat)}";
            yield return $"    damage_per_leaker: {YamlWriting.Number(threat.DamagePerLeaker)}";
            yield return $"    damage_eur_per_leaker: {YamlWriting.Number(threat.DamageEurPerLeaker)}";
            yield return "    points:";
            foreach (var p in threat.Points)
                yield return $"      - {{scale: {YamlWriting.Number(p.Scale)}, shots_per_threat: {YamlWriting.Table(p.ShotsPerThreat)}, "
                    + $"kills_per_threat: {YamlWriting.Table(p.KillsPerThreat)}, leak_fraction: {YamlWriting.Number(p.LeakFraction)}}}";
        }
        if (table.FalseTrackRounds.Count == 0) yield break;
        yield return "false_track_rounds:";
        foreach (var p in table.FalseTrackRounds)
            yield return $"  - {{scale: {YamlWriting.Number(p.Scale)}, rounds_per_night: {YamlWriting.Table(p.RoundsPerNight)}}}";
    }
}
