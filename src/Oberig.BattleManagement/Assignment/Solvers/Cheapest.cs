namespace Oberig.BattleManagement.Assignment.Solvers;

/// <summary>Keeps the k cheapest (id, cost) pairs seen so far, sorted by cost, in caller-owned spans (no allocation).</summary>
internal static class Cheapest
{
    public static void Keep(Span<int> ids, Span<double> costs, ref int kept, int id, double cost)
    {
        int capacity = ids.Length;
        if (kept == capacity && cost >= costs[kept - 1]) return;
        int k = kept < capacity ? kept++ : capacity - 1;
        while (k > 0 && costs[k - 1] > cost) { ids[k] = ids[k - 1]; costs[k] = costs[k - 1]; k--; }
        ids[k] = id; costs[k] = cost;
    }
}
