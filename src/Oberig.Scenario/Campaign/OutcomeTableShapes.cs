namespace Oberig.Scenario.Campaign;

// An outcome table file's parts as written (docs/FORMATS.md, "Outcome table files"); the records are the same but
// for the collection types the serializer needs.

internal sealed record OutcomePointShape(double Scale, Dictionary<string, double> ShotsPerThreat, Dictionary<string, double> KillsPerThreat, double LeakFraction);

internal sealed record FalseTrackShape(double Scale, Dictionary<string, double> RoundsPerNight);

internal sealed record ThreatOutcomeShape(string Threat, double DamagePerLeaker, double DamageEurPerLeaker, IReadOnlyList<OutcomePointShape> Points);
