namespace Oberig.Engine.Running;

/// <summary>How to run a study: seed, replications and threads, each already validated by the caller.</summary>
public sealed record RunOptions(ulong Seed, int Replications, int Threads)
{
    public RunOptions Validated()
    {
        if (Replications < 1) throw new ArgumentOutOfRangeException(nameof(Replications), Replications, "must be at least 1");
        if (Threads < 1) throw new ArgumentOutOfRangeException(nameof(Threads), Threads, "must be at least 1");
        return this;
    }
}
