using Oberig.Tracking.Tracks;

namespace Oberig.Tracking.Initiators;

/// <summary>Options of the initiators: how a tentative track is started and how it is confirmed.</summary>
/// <param name="ConfirmHits">M: hits needed to confirm ("m-of-n"). Default 2.</param>
/// <param name="ConfirmWindow">N: scans from birth (the birth detection is the first hit) within which the M hits must
/// come, 1..64, at least M ("m-of-n"). Default 3.</param>
/// <param name="MaxSpeedMps">Fastest target expected, m/s: a new track's velocity is zero with standard deviation
/// MaxSpeed / 2 on each axis, so a target at up to that speed is within two sigma. Default 50 (a fast drone; raise it
/// for missiles and aircraft, at the price of wider gates for tentative tracks).</param>
/// <param name="OtherVariance">Variance of state components that are neither measured positions nor their velocities
/// (the IMM's turn rate, rad²/s²). Default 1e-4.</param>
/// <param name="Confirmation">"m-of-n" (default: <see cref="MOfNInitiator"/>) or "score" (Wald's sequential test on
/// the track score: <see cref="SequentialTestInitiator"/>).</param>
/// <param name="FalseTrackProbability">"score": α, the accepted probability that a track of false alarms is
/// confirmed. Default 1e-6.</param>
/// <param name="MissedTrackProbability">"score": β, the accepted probability that a real target's track is dropped
/// before confirmation. Default 0.01.</param>
public sealed record InitiatorOptions(int ConfirmHits = 2, int ConfirmWindow = 3, double MaxSpeedMps = 50, double OtherVariance = 1e-4,
    string Confirmation = InitiatorNames.MOfN, double FalseTrackProbability = 1e-6, double MissedTrackProbability = 0.01)
{
    public static readonly InitiatorOptions Default = new();

    public IEnumerable<string> Problems()
    {
        if (!InitiatorNames.All.Contains(Confirmation))
            yield return $"confirmation: '{Confirmation}' is unknown (allowed: {string.Join(", ", InitiatorNames.All)})";
        if (ConfirmHits < 1) yield return $"confirm_m: {ConfirmHits} is not allowed (at least 1)";
        if (ConfirmWindow < 1 || ConfirmWindow > 64) yield return $"confirm_n: {ConfirmWindow} is not allowed (1..64)";
        else if (ConfirmHits > ConfirmWindow) yield return $"confirm_m: {ConfirmHits} is more than confirm_n {ConfirmWindow} (M of N needs M <= N)";
        if (!(MaxSpeedMps > 0) || !double.IsFinite(MaxSpeedMps)) yield return $"max_speed: {MaxSpeedMps} is not allowed (finite, more than 0)";
        if (!(OtherVariance > 0) || !double.IsFinite(OtherVariance)) yield return $"other_variance: {OtherVariance} is not allowed (finite, more than 0)";
        if (!(FalseTrackProbability > 0 && FalseTrackProbability < 0.5)) yield return $"false_track_probability: {FalseTrackProbability} is not allowed (more than 0, less than 0.5)";
        if (!(MissedTrackProbability > 0 && MissedTrackProbability < 0.5)) yield return $"missed_track_probability: {MissedTrackProbability} is not allowed (more than 0, less than 0.5)";
    }
}

/// <summary>Names by which a tracker's initiator (its confirmation rule) is chosen, and the factory.</summary>
public static class InitiatorNames
{
    public const string MOfN = "m-of-n";
    public const string Score = "score";

    public static readonly IReadOnlyList<string> All = [MOfN, Score];

    /// <summary>The initiator <paramref name="options"/> name, over <paramref name="filter"/>.</summary>
    public static IInitiator Create(ITrackFilter filter, InitiatorOptions options) => options.Confirmation switch
    {
        Score => new SequentialTestInitiator(filter, options),
        _ => new MOfNInitiator(filter, options),
    };
}
