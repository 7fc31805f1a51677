using Oberig.Core.Time;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Tracks;

namespace Oberig.Tracking.Initiators;

/// <summary>
/// Role: start tracks on detections no track explained, and decide when a tentative track becomes confirmed or is
/// given up (Stone Soup's Initiator, with the tentative tracks kept in the tracker's store rather than inside the
/// initiator, so they take part in the association like any other track).
/// </summary>
public interface IInitiator
{
    /// <summary>Starts a tentative track on every detection whose <paramref name="detectionUsed"/> flag is false.</summary>
    void Initiate(SimTime time, ReadOnlySpan<double> detections, IMeasurementModel model, ReadOnlySpan<bool> detectionUsed, TrackStore store);

    /// <summary>After a scan: confirms a tentative track that has earned it; false when it should be dropped.</summary>
    bool Review(Track track);
}
