using Oberig.Core.Numerics;
using Oberig.Core.Time;

namespace Oberig.BattleManagement.Evaluation;

/// <summary>
/// The default threat evaluator: kinematic impact prediction, then value and priority by documented formulas.
/// </summary>
/// <remarks>
/// Impact: a ballistic track follows a gravity arc to the ground (<see cref="ImpactPrediction.BallisticTimeToGround"/>);
/// any other track is taken to head for the asset it passes closest to along its horizontal velocity, among the
/// assets whose closest-approach miss is inside the corridor (radius + <see cref="ThreatEvaluationOptions.CorridorM"/>
/// + <see cref="ThreatEvaluationOptions.CorridorSigmas"/> × position std; misses within
/// <see cref="ThreatEvaluationOptions.MissToleranceM"/> of each other tie, and the asset reached first wins, then the
/// asset id), arriving at
/// the time of closest approach; else, when descending, a straight line to the ground; else it threatens nothing. A
/// ground impact threatens the nearest asset whose corridor contains it.
/// <para>Value (the WTA target value, EUR of expected damage if it leaks):
/// V = asset value × damage fraction(class) × P(threat), with P(threat) the class confidence.</para>
/// <para>Priority: V × urgency, urgency = 1 / (1 + t_go / τ).</para>
/// A track that threatens nothing has value and priority 0: a normal state, not an error.
/// </remarks>
public sealed class ThreatEvaluator(ThreatEvaluationOptions options) : IThreatEvaluator
{
    public ThreatEvaluator() : this(ThreatEvaluationOptions.Default) { }

    public ThreatEvaluationOptions Options { get; } = options;

    public IReadOnlyList<ThreatAssessment> Evaluate(SimTime now, IReadOnlyList<AirTrack> tracks, IReadOnlyList<DefendedAsset> assets)
    {
        var result = new ThreatAssessment[tracks.Count];
        for (int i = 0; i < tracks.Count; i++) result[i] = Evaluate(now, tracks[i], assets);
        return result;
    }

    public ThreatAssessment Evaluate(SimTime now, AirTrack track, IReadOnlyList<DefendedAsset> assets)
    {
        var (basis, asset, point, flight) = PredictImpact(track, assets);
        double probability = Math.Clamp(track.ClassConfidence, 0, 1);
        if (basis == ImpactBasis.None)
            return new ThreatAssessment(track, basis, null, null, null, null, probability, 0, 0);
        var impactTime = track.Time + SimDuration.FromSeconds(flight);
        var timeToGo = impactTime - now;
        double value = asset is null ? 0 : asset.ValueEur * Options.DamageFraction[track.Class] * probability;
        double urgency = 1 / (1 + Math.Max(0, timeToGo.Seconds) / Options.UrgencyTimeConstantS);
        return new ThreatAssessment(track, basis, asset, point, impactTime, timeToGo, probability, value, value * urgency);
    }

    private (ImpactBasis, DefendedAsset?, Vec3, double) PredictImpact(AirTrack track, IReadOnlyList<DefendedAsset> assets)
    {
        var p = track.Position;
        var v = track.Velocity;
        if (track.Class == ThreatClass.Ballistic)
        {
            double t = ImpactPrediction.BallisticTimeToGround(p.Z, v.Z, Options.GravityMps2, Options.GroundUpM);
            var ground = new Vec3(p.X + v.X * t, p.Y + v.Y * t, Options.GroundUpM);
            return (ImpactBasis.BallisticArc, AssetAround(ground, track, assets), ground, t);
        }
        DefendedAsset? best = null;
        double bestMiss = double.PositiveInfinity, bestTime = double.PositiveInfinity;
        foreach (var asset in assets)
        {
            if (ImpactPrediction.ClosestApproach(p, v, asset.Position, Options.MinApproachSpeedMps) is not var (t, miss)) continue;
            if (miss > Corridor(asset, track)) continue;
            // Misses within the tie tolerance are the same miss to a tracker: the asset reached first is the threat.
            bool tie = Math.Abs(miss - bestMiss) <= Options.MissToleranceM;
            if ((!tie && miss < bestMiss) || (tie && (t < bestTime || (t == bestTime && string.CompareOrdinal(asset.Id, best!.Id) < 0))))
                (best, bestMiss, bestTime) = (asset, Math.Min(miss, bestMiss), t);
        }
        if (best is not null) return (ImpactBasis.Approach, best, best.Position, bestTime);
        if (ImpactPrediction.StraightLineTimeToGround(p.Z, v.Z, Options.GroundUpM) is double fall)
        {
            var ground = new Vec3(p.X + v.X * fall, p.Y + v.Y * fall, Options.GroundUpM);
            return (ImpactBasis.StraightLine, AssetAround(ground, track, assets), ground, fall);
        }
        return (ImpactBasis.None, null, default, 0);
    }

    /// <summary>The nearest asset whose corridor contains a ground point (ties: asset id), or null.</summary>
    private DefendedAsset? AssetAround(Vec3 ground, AirTrack track, IReadOnlyList<DefendedAsset> assets)
    {
        DefendedAsset? best = null;
        double bestDistance = double.PositiveInfinity;
        foreach (var asset in assets)
        {
            double d = ImpactPrediction.Horizontal(ground, asset.Position);
            if (d > Corridor(asset, track)) continue;
            if (d < bestDistance || (d == bestDistance && string.CompareOrdinal(asset.Id, best!.Id) < 0)) (best, bestDistance) = (asset, d);
        }
        return best;
    }

    private double Corridor(DefendedAsset asset, AirTrack track) =>
        asset.RadiusM + Options.CorridorM + Options.CorridorSigmas * Math.Max(0, track.PositionStdM);
}
