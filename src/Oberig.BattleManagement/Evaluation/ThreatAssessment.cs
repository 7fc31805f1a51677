using Oberig.Core.Numerics;
using Oberig.Core.Time;

namespace Oberig.BattleManagement.Evaluation;

/// <summary>How an impact was predicted, for explanations.</summary>
public enum ImpactBasis
{
    /// <summary>No impact predicted: the track approaches no asset and is not descending. It threatens nothing now.</summary>
    None,
    /// <summary>A gravity arc to the ground (ballistic tracks).</summary>
    BallisticArc,
    /// <summary>The track heads for the asset it passes closest to along its velocity, within the corridor.</summary>
    Approach,
    /// <summary>A straight line to the ground (a descending track approaching no asset).</summary>
    StraightLine,
}

/// <summary>
/// One track's threat evaluation at a decision time: where and when it is predicted to hit, which asset that
/// threatens, and the two numbers the battle manager ranks and assigns by (see <see cref="ThreatEvaluator"/>).
/// </summary>
/// <param name="Asset">The threatened asset, or null when the predicted impact threatens none.</param>
/// <param name="ImpactPoint">Predicted impact (or aim) point, ENU; null when <paramref name="Basis"/> is None.</param>
/// <param name="ImpactTime">Predicted impact time; null when none is predicted.</param>
/// <param name="TimeToGo">ImpactTime minus the decision time; null when none is predicted.</param>
/// <param name="ThreatProbability">Probability the track is a real threat (its class confidence).</param>
/// <param name="Value">Expected damage in EUR if it leaks: the WTA target value.</param>
/// <param name="Priority">Value weighted by urgency: the order in which threats are served and explained.</param>
public sealed record ThreatAssessment(
    AirTrack Track,
    ImpactBasis Basis,
    DefendedAsset? Asset,
    Vec3? ImpactPoint,
    SimTime? ImpactTime,
    SimDuration? TimeToGo,
    double ThreatProbability,
    double Value,
    double Priority);
