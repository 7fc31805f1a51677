using Oberig.Core.Time;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Tracks;

namespace Oberig.Tracking.Initiators;

/// <summary>
/// Single-point initiation (<see cref="SinglePointInitiation"/>) with confirmation by Wald's sequential probability
/// ratio test on the track score (<see cref="Track.Score"/>, the log-likelihood ratio of "real target" against "false
/// alarms"): a tentative track is confirmed once its score reaches ln((1 − β) / α) and dropped once it falls to
/// ln(β / (1 − α)), with α the accepted false-track probability and β the accepted probability of dropping a real
/// target (Blackman and Popoli 1999, section 6.2; Wald 1947).
/// </summary>
/// <remarks>
/// Unlike M-of-N, the test weighs each hit by how well it fits and how rare false alarms are where it fell: a track
/// whose gate is large, near a radar that scatters false alarms, earns little from a chance hit, while a real target
/// with a tight prediction confirms in about as many scans as 2-of-3 would take.
/// </remarks>
public sealed class SequentialTestInitiator : IInitiator
{
    private readonly SinglePointInitiation _initiation;

    public SequentialTestInitiator(ITrackFilter filter, InitiatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Options = options ?? InitiatorOptions.Default with { Confirmation = InitiatorNames.Score };
        _initiation = new SinglePointInitiation(filter, Options);
        double alpha = Options.FalseTrackProbability, beta = Options.MissedTrackProbability;
        ConfirmThreshold = Math.Log((1 - beta) / alpha);
        RejectThreshold = Math.Log(beta / (1 - alpha));
    }

    public InitiatorOptions Options { get; }

    /// <summary>ln((1 − β) / α): the score that confirms a track.</summary>
    public double ConfirmThreshold { get; }

    /// <summary>ln(β / (1 − α)): the score at which a tentative track is dropped.</summary>
    public double RejectThreshold { get; }

    public void Initiate(SimTime time, ReadOnlySpan<double> detections, IMeasurementModel model, ReadOnlySpan<bool> detectionUsed, TrackStore store) =>
        _initiation.Initiate(time, detections, model, detectionUsed, store, this);

    public bool Review(Track track)
    {
        if (track.IsConfirmed) return true;
        if (track.Score >= ConfirmThreshold) { track.Status = TrackStatus.Confirmed; return true; }
        return track.Score > RejectThreshold;
    }
}
