using Oberig.Core.Time;
using Oberig.Tracking.Models.Measurement;

namespace Oberig.Tracking.Tracks;

/// <summary>
/// The filter a tracker runs on its tracks: a single-model predictor and updater (<see cref="GaussianTrackFilter"/>)
/// or an IMM (<see cref="ImmTrackFilter"/>), behind one face so the hypothesiser and associators need not know which.
/// Every method works in place on the track's own buffers and allocates nothing.
/// </summary>
public interface ITrackFilter
{
    /// <summary>Registry name ("kalman", "extended", "unscented", "imm").</summary>
    string Name { get; }

    int StateDimension { get; }

    /// <summary>Spatial axes of the interleaved state [x, vx, y, vy, (z, vz), ...].</summary>
    int Axes { get; }

    /// <summary>Where covariance repairs and rejected updates are counted.</summary>
    FilterCounters Counters { get; }

    /// <summary>A new track object with buffers for this filter (allocates; the store pools them).</summary>
    Track CreateTrack();

    /// <summary>Sets the track's estimate to N(mean, covariance) at <paramref name="time"/>.</summary>
    void Initialise(Track track, ReadOnlySpan<double> mean, ReadOnlySpan<double> covariance, SimTime time);

    /// <summary>Predicts the track to <paramref name="time"/> and its measurement through <paramref name="model"/>.</summary>
    void Predict(Track track, SimTime time, IMeasurementModel model);

    /// <summary>
    /// Extent along measurement component <paramref name="component"/> of the gate νᵀ S⁻¹ ν ≤ <paramref name="threshold"/>
    /// after <see cref="Predict"/>: ẑₖ ± √(threshold · Sₖₖ), the exact projection of the ellipsoid (for IMM, the union over modes).
    /// </summary>
    void GateExtent(Track track, int component, double threshold, out double low, out double high);

    /// <summary>
    /// Scores a candidate measurement against the predicted one: returns −log N(z; ẑ, S) (for IMM, of the mode
    /// mixture) and the squared Mahalanobis distance the gate thresholds (for IMM, the smallest over modes).
    /// </summary>
    double NegativeLogLikelihood(Track track, ReadOnlySpan<double> measurement, out double squaredMahalanobis);

    /// <summary>Updates the track's estimate with the measurement (after <see cref="Predict"/>).</summary>
    void Update(Track track, ReadOnlySpan<double> measurement);

    /// <summary>No measurement this scan: the estimate becomes the prediction.</summary>
    void Coast(Track track);
}
