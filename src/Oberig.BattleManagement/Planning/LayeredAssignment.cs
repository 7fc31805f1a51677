using Oberig.BattleManagement.Assignment;
using Oberig.BattleManagement.Doctrine;
using Oberig.BattleManagement.Evaluation;
using Oberig.BattleManagement.Feasibility;

namespace Oberig.BattleManagement.Planning;

/// <summary>
/// Turns one cycle's threats, options and doctrine into WTA instances, one per defense layer, and reads back how many
/// shots each unit fires at each threat.
/// </summary>
/// <remarks>
/// <para>Weapons are fire units, split in two rows when the doctrine keeps a reserve: the free shots (ready shots
/// minus the reserve), open to every threat, and the reserve, open only to threats whose value reaches the
/// threshold. Targets are the threats with value. p is the option's single-shot Pk where the option is feasible and
/// the doctrine puts the unit's system kind in this layer for the threat's class, else 0. Costs are the doctrine's
/// cost weight × the shot's price; caps are the doctrine's shots per track minus shots in flight.</para>
/// <para>Layers are solved in order (first layer first); a later layer sees each threat's value times the miss
/// probability of what earlier layers fired at it, and what shots and caps are left.</para>
/// <para>Two rules a WTA instance cannot express are enforced by repair: a unit engages at most as many new tracks as
/// it has free fire channels, and (by doctrine) at most one unit engages a track. A solution breaking either loses the
/// offending pairs (the unit's lowest-priority tracks; the track's units but the one with the best Pk, ties to the
/// first unit) and the layer is solved again; each repair removes a pair, so it ends.</para>
/// </remarks>
internal sealed class LayeredAssignment(IWtaSolver solver, WtaSolveOptions solveOptions, EngagementDoctrine doctrine)
{
    private sealed record Row(int Unit, bool Reserve);

    /// <summary>Shots per (unit, threat), unit-major.</summary>
    public int[] Solve(IReadOnlyList<FireUnitState> units, IReadOnlyList<ThreatAssessment> threats, IReadOnlyList<EngagementOption> options)
    {
        int nu = units.Count, nt = threats.Count;
        var shots = new int[nu * nt];
        if (nu == 0 || nt == 0) return shots;

        var rows = new List<Row>();
        var available = new List<int>();
        for (int u = 0; u < nu; u++)
        {
            if (units[u].FreeChannels < 1) continue;
            int ready = units[u].ReadyShots, reserve = Math.Min(doctrine.ReserveFor(units[u].System.Kind), ready);
            if (ready - reserve > 0) { rows.Add(new Row(u, false)); available.Add(ready - reserve); }
            if (reserve > 0) { rows.Add(new Row(u, true)); available.Add(reserve); }
        }

        var cap = new int[nt];
        var residual = new double[nt];
        var engagedBy = new int[nt];
        for (int t = 0; t < nt; t++)
        {
            int trackId = threats[t].Track.Id, inFlight = 0;
            engagedBy[t] = -1;
            for (int u = 0; u < nu; u++)
                foreach (var e in units[u].InFlight)
                    if (e.TrackId == trackId) { inFlight += e.Shots; if (engagedBy[t] < 0) engagedBy[t] = u; }
            if (!doctrine.SingleUnitPerTrack) engagedBy[t] = -1;
            cap[t] = doctrine.ShotCap(threats[t].Track.Class, inFlight);
            residual[t] = threats[t].Value;
        }
        var channelsUsed = new int[nu];

        int layers = doctrine.Layers.Entries().Max(e => e.Value.Count);
        for (int layer = 1; layer <= layers; layer++)
        {
            var allowed = new bool[rows.Count * nt];
            for (int r = 0; r < rows.Count; r++)
            {
                var (u, reserve) = rows[r];
                for (int t = 0; t < nt; t++)
                    allowed[r * nt + t] = options[u * nt + t].Feasible
                        && doctrine.Layer(units[u].System.Kind, threats[t].Track.Class) == layer
                        && residual[t] > 0 && cap[t] > 0
                        && (!reserve || threats[t].Value >= doctrine.ReserveValueThresholdEur)
                        && (engagedBy[t] < 0 || engagedBy[t] == u)
                        && (shots[u * nt + t] > 0 || channelsUsed[u] < units[u].FreeChannels);
            }
            var x = SolveLayer(rows, available, allowed, units, threats, options, cap, residual, channelsUsed, shots);
            for (int r = 0; r < rows.Count; r++)
            {
                int u = rows[r].Unit;
                for (int t = 0; t < nt; t++)
                {
                    int n = x[r * nt + t];
                    if (n == 0) continue;
                    if (shots[u * nt + t] == 0) channelsUsed[u]++;
                    shots[u * nt + t] += n;
                    available[r] -= n;
                    cap[t] -= n;
                    residual[t] *= Math.Pow(1 - options[u * nt + t].SingleShotPk, n);
                    if (doctrine.SingleUnitPerTrack) engagedBy[t] = u;
                }
            }
        }
        return shots;
    }

    /// <summary>Shots per (row, threat) for one layer, after repairs; all zero when nothing is allowed.</summary>
    private int[] SolveLayer(List<Row> rows, List<int> available, bool[] allowed, IReadOnlyList<FireUnitState> units,
        IReadOnlyList<ThreatAssessment> threats, IReadOnlyList<EngagementOption> options, int[] cap, double[] residual,
        int[] channelsUsed, int[] shots)
    {
        int nt = threats.Count;
        while (true)
        {
            var x = new int[rows.Count * nt];
            // Only rows with shots and targets with some allowed pair go into the instance: solvers see no dead weight.
            var activeRows = Enumerable.Range(0, rows.Count).Where(r => available[r] > 0 && Enumerable.Range(0, nt).Any(t => allowed[r * nt + t])).ToArray();
            var activeTargets = Enumerable.Range(0, nt).Where(t => activeRows.Any(r => allowed[r * nt + t])).ToArray();
            if (activeRows.Length == 0 || activeTargets.Length == 0) return x;

            var p = new double[activeRows.Length * activeTargets.Length];
            for (int i = 0; i < activeRows.Length; i++)
                for (int j = 0; j < activeTargets.Length; j++)
                {
                    int r = activeRows[i], t = activeTargets[j];
                    p[i * activeTargets.Length + j] = allowed[r * nt + t] ? options[rows[r].Unit * nt + t].SingleShotPk : 0;
                }
            var instance = new WtaInstance(
                activeTargets.Select(t => residual[t]).ToArray(),
                activeRows.Select(r => available[r]).ToArray(),
                p,
                activeRows.Select(r => doctrine.CostWeight * units[rows[r].Unit].ShotCostEur).ToArray(),
                activeTargets.Select(t => cap[t]).ToArray());
            var solution = solver.Solve(instance, solveOptions);
            // A shot with p = 0 changes nothing a solver optimises (with no cost it is free), so a solver may return
            // one; it is not an engagement, and keeping it would let the repairs below loop on a pair already barred.
            for (int i = 0; i < activeRows.Length; i++)
                for (int j = 0; j < activeTargets.Length; j++)
                    if (p[i * activeTargets.Length + j] > 0)
                        x[activeRows[i] * nt + activeTargets[j]] = solution.Counts[i * activeTargets.Length + j];

            if (!RepairChannels(rows, allowed, x, units, threats, channelsUsed, shots) && !RepairSingleUnit(rows, allowed, x, options, nt))
                return x;
        }
    }

    /// <summary>Disallows a unit's lowest-priority new tracks beyond its free channels; true when it removed any.</summary>
    private static bool RepairChannels(List<Row> rows, bool[] allowed, int[] x, IReadOnlyList<FireUnitState> units,
        IReadOnlyList<ThreatAssessment> threats, int[] channelsUsed, int[] shots)
    {
        int nt = threats.Count;
        bool repaired = false;
        for (int u = 0; u < units.Count; u++)
        {
            var unitRows = Enumerable.Range(0, rows.Count).Where(r => rows[r].Unit == u).ToArray();
            var fresh = Enumerable.Range(0, nt)
                .Where(t => shots[u * nt + t] == 0 && unitRows.Any(r => x[r * nt + t] > 0))
                .OrderByDescending(t => threats[t].Priority).ThenBy(t => threats[t].Track.Id).ToArray();
            int free = units[u].FreeChannels - channelsUsed[u];
            foreach (int t in fresh.Skip(Math.Max(0, free)))
            {
                foreach (int r in unitRows) allowed[r * nt + t] = false;
                repaired = true;
            }
        }
        return repaired;
    }

    /// <summary>Keeps one unit per track (best Pk, then first unit); true when it removed any.</summary>
    private bool RepairSingleUnit(List<Row> rows, bool[] allowed, int[] x, IReadOnlyList<EngagementOption> options, int nt)
    {
        if (!doctrine.SingleUnitPerTrack) return false;
        bool repaired = false;
        for (int t = 0; t < nt; t++)
        {
            var firing = Enumerable.Range(0, rows.Count).Where(r => x[r * nt + t] > 0).Select(r => rows[r].Unit).Distinct().ToArray();
            if (firing.Length < 2) continue;
            int keep = firing.OrderByDescending(u => options[u * nt + t].SingleShotPk).ThenBy(u => u).First();
            for (int r = 0; r < rows.Count; r++)
                if (rows[r].Unit != keep) allowed[r * nt + t] = false;
            repaired = true;
        }
        return repaired;
    }
}
