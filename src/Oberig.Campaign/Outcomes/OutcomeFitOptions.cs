namespace Oberig.Campaign.Outcomes;

/// <summary>
/// How <see cref="OutcomeFitter.Fit"/> samples the engine: the raid scales to run (each raid's count multiplied by
/// the scale, see <see cref="RaidScaling"/>), replications at each scale, the seed (null: the scenario's
/// <c>settings.seed</c>) and worker threads (results do not depend on them).
/// </summary>
public sealed record OutcomeFitOptions
{
    public IReadOnlyList<double> Scales { get; init; } = [0.5, 1, 2, 4];
    public int Replications { get; init; } = 8;
    public ulong? Seed { get; init; }
    public int Threads { get; init; } = 1;

    /// <summary>The options with scales sorted increasing; throws for anything the fitter cannot run.</summary>
    public OutcomeFitOptions Validated()
    {
        if (Scales.Count == 0) throw new ArgumentException("at least one scale is needed", nameof(Scales));
        foreach (double s in Scales)
            if (!(double.IsFinite(s) && s > 0)) throw new ArgumentOutOfRangeException(nameof(Scales), s, "each scale must be a finite number > 0");
        var sorted = Scales.Order().ToArray();
        for (int i = 1; i < sorted.Length; i++)
            if (sorted[i] == sorted[i - 1]) throw new ArgumentException($"scale {sorted[i]} is given twice", nameof(Scales));
        if (Replications < 1) throw new ArgumentOutOfRangeException(nameof(Replications), Replications, "must be at least 1");
        if (Threads < 1) throw new ArgumentOutOfRangeException(nameof(Threads), Threads, "must be at least 1");
        return this with { Scales = sorted };
    }
}
