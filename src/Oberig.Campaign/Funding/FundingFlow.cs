namespace Oberig.Campaign.Funding;

/// <summary>
/// Moves money from funding sources to lines as a maximum flow: source s may pay line l only where the campaign's rules
/// allow it (<paramref name="eligible"/>), each source up to its balance and each line up to what it asks. The
/// flow is maximal, so no mix of allowed payments could fund more, and no payment breaks a rule by construction
/// (augmenting paths follow allowed edges only). Edmonds–Karp over a graph of a few dozen nodes; deterministic
/// (sources and lines in their given order). Money from <c>first</c> sources (those whose unspent money lapses) is
/// pushed first, and later augmenting paths may reroute it but never reduce it: of all maximum flows it spends as
/// much of that money as any can, so a line that carried-over money could pay does not take money another line needed
/// next month.
/// </summary>
internal static class FundingFlow
{
    /// <returns>The amount each source pays each line, [source, line].</returns>
    public static double[,] Allocate(IReadOnlyList<double> available, IReadOnlyList<double> requested, bool[,] eligible,
        IReadOnlyList<bool>? first = null)
    {
        int s = available.Count, l = requested.Count;
        var paid = new double[s, l];
        var fromSource = new double[s];
        var toLine = new double[l];
        // Residual search: from the super-source, a source with money left; along an allowed edge (forward, any
        // capacity) or back along a paid edge; to a line still short of its request.
        var parentOfLine = new int[l];
        var parentOfSource = new int[s];
        var queue = new Queue<(bool IsLine, int Index)>();
        // Phase 0 augments from the first sources only; phase 1 from all, on the residual of phase 0 (an augmenting path
        // starts at a source with money left and never lowers another source's outflow).
        int phase = first is null ? 1 : 0;
        while (true)
        {
            Array.Fill(parentOfLine, -2);
            Array.Fill(parentOfSource, -2);
            queue.Clear();
            for (int i = 0; i < s; i++)
                if (available[i] - fromSource[i] > 1e-9 && (phase == 1 || first![i])) { parentOfSource[i] = -1; queue.Enqueue((false, i)); }
            int end = -1;
            while (queue.Count > 0 && end < 0)
            {
                var (isLine, index) = queue.Dequeue();
                if (!isLine)
                {
                    for (int j = 0; j < l; j++)
                        if (eligible[index, j] && parentOfLine[j] == -2)
                        {
                            parentOfLine[j] = index;
                            if (requested[j] - toLine[j] > 1e-9) { end = j; break; }
                            queue.Enqueue((true, j));
                        }
                }
                else
                {
                    for (int i = 0; i < s; i++)
                        if (paid[i, index] > 1e-9 && parentOfSource[i] == -2)
                        {
                            parentOfSource[i] = index;
                            queue.Enqueue((false, i));
                        }
                }
            }
            if (end < 0)
            {
                if (phase == 1) return paid;
                phase = 1;
                continue;
            }
            // Bottleneck along the path line ← source ← line ← ... ← source (root).
            double push = requested[end] - toLine[end];
            int line = end;
            while (true)
            {
                int source = parentOfLine[line];
                if (parentOfSource[source] == -1) { push = Math.Min(push, available[source] - fromSource[source]); break; }
                int previousLine = parentOfSource[source];
                push = Math.Min(push, paid[source, previousLine]);
                line = previousLine;
            }
            line = end;
            toLine[end] += push;
            while (true)
            {
                int source = parentOfLine[line];
                paid[source, line] += push;
                if (parentOfSource[source] == -1) { fromSource[source] += push; break; }
                int previousLine = parentOfSource[source];
                paid[source, previousLine] -= push;
                line = previousLine;
            }
        }
    }
}
