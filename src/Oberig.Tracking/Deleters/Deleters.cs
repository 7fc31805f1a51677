using Oberig.Tracking.Tracks;

namespace Oberig.Tracking.Deleters;

/// <summary>Role: say when a track should be removed (Stone Soup's Deleter).</summary>
public interface IDeleter
{
    bool ShouldDelete(Track track);
}

/// <summary>Options of the standard deleters; a track goes when any of those switched on says so.</summary>
/// <param name="ConfirmedMisses">K: a confirmed track is deleted after K consecutive scans without a detection; 0
/// switches this off. Default 5 (with Pd 0.9 a live target is lost this way once in 100,000 scans).</param>
/// <param name="MaxPositionVarianceM2">Any track whose position variance trace exceeds this, m², is deleted: it no
/// longer says where the target is. Default 1e6 (about 1 km standard deviation).</param>
/// <param name="ScoreDrop">A confirmed track is deleted when its score has fallen this far below its peak
/// (<see cref="ScoreDropDeleter"/>); null (default) switches this off.</param>
public sealed record DeleterOptions(int ConfirmedMisses = 5, double MaxPositionVarianceM2 = 1e6, double? ScoreDrop = null)
{
    public static readonly DeleterOptions Default = new();

    public IEnumerable<string> Problems()
    {
        if (ConfirmedMisses < 0) yield return $"deletion_misses: {ConfirmedMisses} is not allowed (0 for off, or at least 1)";
        if (!(MaxPositionVarianceM2 > 0)) yield return $"max_position_variance: {MaxPositionVarianceM2} is not allowed (more than 0)";
        if (ScoreDrop is { } drop && (!(drop > 0) || !double.IsFinite(drop))) yield return $"score_drop: {drop} is not allowed (finite, more than 0)";
    }

    /// <summary>The deleter these options describe.</summary>
    public IDeleter Create()
    {
        var parts = new List<IDeleter>();
        if (ConfirmedMisses > 0) parts.Add(new ConsecutiveMissDeleter(ConfirmedMisses));
        parts.Add(new CovarianceDeleter(MaxPositionVarianceM2));
        if (ScoreDrop is { } drop) parts.Add(new ScoreDropDeleter(drop));
        return parts.Count == 1 ? parts[0] : new AnyDeleter([.. parts]);
    }
}

/// <summary>Deletes a confirmed track after <see cref="Misses"/> consecutive misses (tentative tracks are the initiator's).</summary>
public sealed class ConsecutiveMissDeleter(int misses) : IDeleter
{
    public int Misses { get; } = misses >= 1 ? misses : throw new ArgumentOutOfRangeException(nameof(misses), misses, "must be at least 1");

    public bool ShouldDelete(Track track) => track.IsConfirmed && track.ConsecutiveMisses >= Misses;
}

/// <summary>Deletes any track whose position variance trace exceeds <see cref="MaxPositionVarianceM2"/> (Stone Soup's CovarianceBasedDeleter).</summary>
public sealed class CovarianceDeleter(double maxPositionVarianceM2) : IDeleter
{
    public double MaxPositionVarianceM2 { get; } = maxPositionVarianceM2 > 0 ? maxPositionVarianceM2
        : throw new ArgumentOutOfRangeException(nameof(maxPositionVarianceM2), maxPositionVarianceM2, "must be more than 0");

    public bool ShouldDelete(Track track) => !(track.PositionVarianceTrace <= MaxPositionVarianceM2); // NaN deletes too
}

/// <summary>
/// Deletes a confirmed track once its score (<see cref="Track.Score"/>) has fallen <see cref="Drop"/> below its peak
/// (Blackman and Popoli 1999, section 6.2). Each miss costs ln(1 − Pd Pg) with the scan's Pd for the track, so a
/// target near the edge of detection, where misses are expected, is kept longer than one a radar should see every scan.
/// </summary>
public sealed class ScoreDropDeleter(double drop) : IDeleter
{
    public double Drop { get; } = drop > 0 && double.IsFinite(drop) ? drop : throw new ArgumentOutOfRangeException(nameof(drop), drop, "must be finite and more than 0");

    public bool ShouldDelete(Track track) => track.IsConfirmed && track.PeakScore - track.Score >= Drop;
}

/// <summary>Deletes a track when any of its deleters says so.</summary>
public sealed class AnyDeleter(params IDeleter[] deleters) : IDeleter
{
    private readonly IDeleter[] _deleters = deleters;

    public bool ShouldDelete(Track track)
    {
        foreach (var d in _deleters) if (d.ShouldDelete(track)) return true;
        return false;
    }
}
