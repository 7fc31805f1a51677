using Oberig.Core.Assignment;
using Oberig.Core.Time;
using Oberig.Tracking.Tracks;

namespace Oberig.Tracking.Associators;

/// <summary>
/// Role: decide which detections update which tracks, and update them (Stone Soup's DataAssociator followed by the
/// updater). Reads the hypothesiser's gated matrix (rows = tracks, cost −log N(z; ẑ, S)); updates or coasts every
/// track, records each track's hit or miss, and marks the detections it used, so the initiator starts tracks on the
/// others.
/// </summary>
public interface IAssociator
{
    /// <summary>Registry name ("gnn", "jpda").</summary>
    string Name { get; }

    /// <param name="tracks">Live tracks, predicted by the hypothesiser, each with its
    /// <see cref="Track.ScanDetectionProbability"/> for this scan.</param>
    /// <param name="time">Scan time.</param>
    /// <param name="detections">Measurements, m values each, back to back.</param>
    /// <param name="measurementDimension">m.</param>
    /// <param name="hypotheses">Gated pairs from the hypothesiser.</param>
    /// <param name="gateProbability">Probability Pg that a target's measurement falls in its gate.</param>
    /// <param name="clutterDensity">λ of this scan: false detections (plus new targets) per unit measurement volume.</param>
    /// <param name="detectionUsed">Receives true for every detection explained by a track (one flag per detection).</param>
    void Associate(IReadOnlyList<Track> tracks, SimTime time, ReadOnlySpan<double> detections, int measurementDimension,
        SparseCostMatrix hypotheses, double gateProbability, double clutterDensity, Span<bool> detectionUsed);
}

/// <summary>The detection and clutter assumptions both associators score hypotheses with, for scans whose coverage
/// (<see cref="Trackers.ITrackCoverage"/>) does not state its own.</summary>
/// <param name="DetectionProbability">Pd, probability a target is detected in a scan, in (0, 1]. Default 0.9.</param>
/// <param name="ClutterDensity">λ, expected false detections (plus new targets) per unit measurement volume per scan,
/// > 0: per m² for 2-D positions, per m³ in 3-D. Default 1e-6 (one false detection per square kilometre).</param>
public sealed record AssociationOptions(double DetectionProbability = 0.9, double ClutterDensity = 1e-6)
{
    public static readonly AssociationOptions Default = new();

    public IEnumerable<string> Problems()
    {
        if (!(DetectionProbability > 0 && DetectionProbability <= 1)) yield return $"pd: {DetectionProbability} is not allowed (more than 0, at most 1)";
        if (!(ClutterDensity > 0) || !double.IsFinite(ClutterDensity)) yield return $"clutter_density: {ClutterDensity} is not allowed (finite, more than 0)";
    }
}
