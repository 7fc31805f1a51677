using Oberig.Tracking.Tracks;

namespace Oberig.Tracking.Deleters;

/// <summary>Role: say when a track should be removed (Stone Soup's Deleter).</summary>
public interface IDeleter
{
    bool ShouldDelete(Track track);
}

/// <summary>Options of the standard deleters.</summary>
/// <param name="ConfirmedMisses">K: a confirmed track is deleted after K consecutive scans without a detection.
/// Default 5 (with Pd 0.9 a live target is lost this way once in 100,000 scans).</param>
/// <param name="MaxPositionVarianceM2">Any track whose position variance trace exceeds this, m², is deleted: it no
/// longer says where the target is. Default 1e6 (about 1 km standard deviation).</param>
public sealed record DeleterOptions(int ConfirmedMisses = 5, double MaxPositionVarianceM2 = 1e6)
{
    public static readonly DeleterOptions Default = new();

    public IEnumerable<string> Problems()
    {
        if (ConfirmedMisses < 1) yield return $"deletion_misses: {ConfirmedMisses} is not allowed (at least 1)";
        if (!(MaxPositionVarianceM2 > 0)) yield return $"max_position_variance: {MaxPositionVarianceM2} is not allowed (more than 0)";
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
