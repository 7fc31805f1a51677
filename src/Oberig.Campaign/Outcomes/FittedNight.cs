using Oberig.Engine.Results;

namespace Oberig.Campaign.Outcomes;

/// <summary>One night the fitter ran: its cross counts, and the engine's own summary of it (to reconcile them).</summary>
public sealed record FittedNight(EngineNight Counts, ReplicationResult Engine);
