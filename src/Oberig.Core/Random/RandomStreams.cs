namespace Oberig.Core.Random;

/// <summary>
/// Derives an independent stream for each (scenario seed, replication, component), so a component's draws never
/// depend on how many numbers another component took, nor on which thread ran the replication.
/// </summary>
public static class RandomStreams
{
    public static RandomStream For(ulong seed, int replication, string component)
    {
        ulong x = seed;
        ulong h = RandomStream.SplitMix64(ref x);
        h ^= Mix((ulong)(uint)replication + 0x51_7C_C1_B7_27_22_0A_95UL);
        h ^= Mix(StableHash(component));
        return new RandomStream(h);
    }

    private static ulong Mix(ulong v) => RandomStream.SplitMix64(ref v);

    /// <summary>FNV-1a over UTF-16 code units: stable across processes, unlike string.GetHashCode.</summary>
    private static ulong StableHash(string s)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in s) { h ^= c; h *= 1099511628211UL; }
        return h;
    }
}
