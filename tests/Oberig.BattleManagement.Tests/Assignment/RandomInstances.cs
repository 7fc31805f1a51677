using Oberig.BattleManagement.Assignment;
using Oberig.Core.Random;

namespace Oberig.BattleManagement.Tests.Assignment;

/// <summary>Small random instances with every feature: availability 1-3 per type, probabilities over all of [0, 1]
/// (some 0 and 1), optional costs and per-target caps.</summary>
internal static class RandomInstances
{
    public static WtaInstance Small(int index, bool costs, bool caps)
    {
        var r = RandomStreams.For(20261125, index, "wta-tests");
        int m = 1 + r.NextInt(3), n = 1 + r.NextInt(4), mu = 1 + r.NextInt(3);
        var values = new double[n];
        for (int j = 0; j < n; j++) values[j] = r.NextInt(10) == 0 ? 0 : r.NextDouble(1, 100);
        var available = new int[m];
        for (int i = 0; i < m; i++) available[i] = r.NextInt(4) == 0 ? r.NextInt(mu + 1) : mu;
        var p = new double[m * n];
        for (int k = 0; k < p.Length; k++)
            p[k] = r.NextInt(12) switch { 0 => 0, 1 => 1, _ => r.NextDouble() };
        double[]? c = null;
        if (costs) { c = new double[m]; for (int i = 0; i < m; i++) c[i] = r.NextDouble(0, 30); }
        int[]? cap = null;
        if (caps) { cap = new int[n]; for (int j = 0; j < n; j++) cap[j] = r.NextInt(3); }
        return new WtaInstance(values, available, p, c, cap);
    }
}
