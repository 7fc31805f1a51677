using Oberig.Campaign.Results;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.Running;

/// <summary>Runs a campaign's replications on local cores; each is placed by index, so the result does not depend on
/// the thread count.</summary>
public static class CampaignRunner
{
    public static IReadOnlyList<ReplicationRecord> Run(CampaignModel model, FundingPlan? plan, CampaignRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var records = new ReplicationRecord[options.Replications];
        Parallel.For(0, options.Replications, new ParallelOptions { MaxDegreeOfParallelism = options.Threads },
            i => records[i] = CampaignReplication.Run(model, plan, options.Seed, options.FirstReplication + i));
        return records;
    }
}

/// <summary>How many replications, on how many threads, from which seed. Documented defaults.</summary>
public sealed record CampaignRunOptions
{
    public int Replications { get; init; } = 100;
    public ulong Seed { get; init; } = 1;
    public int Threads { get; init; } = Environment.ProcessorCount;
    /// <summary>Index of the first replication (a study split in parts keeps its streams).</summary>
    public int FirstReplication { get; init; }

    internal void Validate()
    {
        if (Replications < 1) throw new ArgumentException($"campaign: Replications must be at least 1 (is {Replications})");
        if (Threads < 1) throw new ArgumentException($"campaign: Threads must be at least 1 (is {Threads})");
        if (FirstReplication < 0) throw new ArgumentException($"campaign: FirstReplication must be at least 0 (is {FirstReplication})");
    }
}
