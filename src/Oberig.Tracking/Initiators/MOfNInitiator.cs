using Oberig.Core.Time;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Tracks;

namespace Oberig.Tracking.Initiators;

/// <summary>
/// Single-point initiation (<see cref="SinglePointInitiation"/>) with M-of-N confirmation. A tentative track is
/// confirmed as soon as it has M hits within the first N scans of its life (its birth is the first), and dropped as
/// soon as M can no longer be reached in that window. Confirmation is never withdrawn; deleting confirmed tracks is the
/// deleter's job.
/// </summary>
public sealed class MOfNInitiator : IInitiator
{
    private readonly SinglePointInitiation _initiation;

    public MOfNInitiator(ITrackFilter filter, InitiatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Options = options ?? InitiatorOptions.Default;
        _initiation = new SinglePointInitiation(filter, Options);
    }

    public InitiatorOptions Options { get; }

    public void Initiate(SimTime time, ReadOnlySpan<double> detections, IMeasurementModel model, ReadOnlySpan<bool> detectionUsed, TrackStore store) =>
        _initiation.Initiate(time, detections, model, detectionUsed, store, this);

    public bool Review(Track track)
    {
        if (track.IsConfirmed) return true;
        int window = Options.ConfirmWindow, scans = Math.Min(track.Scans, window);
        int hits = track.HitsInLast(scans);
        if (hits >= Options.ConfirmHits) { track.Status = TrackStatus.Confirmed; return true; }
        return hits + (window - scans) >= Options.ConfirmHits;
    }
}
