namespace Oberig.Tracking;

/// <summary>
/// Health counters a filter increments instead of failing; a tracker shares one instance among its parts and reports
/// it. Plain fields: one counter object belongs to one thread (a replication), like its random stream.
/// </summary>
public sealed class FilterCounters
{
    /// <summary>Covariances (state or innovation) found not positive definite and repaired by jitter.</summary>
    public long CovarianceRepairs;

    /// <summary>Repairs where jitter was not enough and only the diagonal was kept.</summary>
    public long DiagonalFallbacks;

    /// <summary>Updates abandoned (posterior = prediction) because their result was not finite.</summary>
    public long RejectedUpdates;

    public void Reset() { CovarianceRepairs = 0; DiagonalFallbacks = 0; RejectedUpdates = 0; }

    public override string ToString() =>
        $"repairs {CovarianceRepairs}, diagonal fallbacks {DiagonalFallbacks}, rejected updates {RejectedUpdates}";
}
