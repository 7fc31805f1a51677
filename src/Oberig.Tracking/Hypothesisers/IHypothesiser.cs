using Oberig.Core.Assignment;
using Oberig.Core.Time;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Tracks;

namespace Oberig.Tracking.Hypothesisers;

/// <summary>
/// Role: predict every track to the scan and say which detections each may have produced (Stone Soup's
/// Hypothesiser). The output is a gated sparse matrix, one row per track in the order of <paramref name="tracks"/>,
/// one column per detection, whose cost is the negative log-likelihood −log N(z; ẑ, S) of the pair; pairs outside
/// the gate are absent.
/// </summary>
public interface IHypothesiser
{
    /// <param name="tracks">Live tracks; each is predicted to <paramref name="time"/> and its measurement predicted.</param>
    /// <param name="time">Scan time.</param>
    /// <param name="detections">Measurements, <see cref="IMeasurementModel.MeasurementDimension"/> values each, back to back.</param>
    /// <param name="model">Measurement model of the scan's sensor.</param>
    /// <param name="hypotheses">Receives the gated pairs (cleared first).</param>
    void Hypothesise(IReadOnlyList<Track> tracks, SimTime time, ReadOnlySpan<double> detections, IMeasurementModel model, SparseCostMatrix hypotheses);
}
