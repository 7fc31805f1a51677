using Oberig.Core.Time;

namespace Oberig.BattleManagement.Evaluation;

/// <summary>The threat evaluation role: every track against every asset, from scratch at each decision cycle.</summary>
public interface IThreatEvaluator
{
    /// <summary>One assessment per track, in the tracks' order. No tracks or no assets is a normal, empty picture.</summary>
    IReadOnlyList<ThreatAssessment> Evaluate(SimTime now, IReadOnlyList<AirTrack> tracks, IReadOnlyList<DefendedAsset> assets);
}
