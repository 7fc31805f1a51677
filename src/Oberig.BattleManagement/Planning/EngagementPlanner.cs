using Oberig.BattleManagement.Assignment;
using Oberig.BattleManagement.Doctrine;
using Oberig.BattleManagement.Evaluation;
using Oberig.BattleManagement.Feasibility;
using Oberig.Core.Time;

namespace Oberig.BattleManagement.Planning;

/// <summary>
/// One decision cycle, wired from injected parts: evaluate every track, assess every (unit, track) pair, assign shots
/// layer by layer with the injected WTA solver under the doctrine, and issue orders. Stateless: each call starts from
/// the picture it is given, so the engine calls it every cycle with fresh tracks and unit states.
/// </summary>
/// <remarks>
/// Shoot-look-shoot: orders are one salvo per track, all launched now; a track with shots in flight gets none until
/// they are assessed (the caller clears them from <see cref="FireUnitState.InFlight"/>), and the next cycle re-plans
/// it. Shoot-shoot: up to two salvos per track; the shots beyond the first salvo launch
/// <see cref="EngagementDoctrine.ShootShootSpacingS"/> later, re-assessed at that time and dropped if no longer
/// feasible.
/// </remarks>
public sealed class EngagementPlanner(IThreatEvaluator evaluator, EngagementFeasibility feasibility, IWtaSolver solver,
    EngagementDoctrine doctrine, WtaSolveOptions? solveOptions = null)
{
    private readonly LayeredAssignment _assignment = new(solver, solveOptions ?? WtaSolveOptions.Default, doctrine);

    public EngagementDoctrine Doctrine { get; } = doctrine;

    public EngagementPlan Plan(SimTime now, IReadOnlyList<AirTrack> tracks, IReadOnlyList<DefendedAsset> assets, IReadOnlyList<FireUnitState> units) =>
        Plan(now, evaluator.Evaluate(now, tracks, assets), units);

    /// <summary>Plans from threats already evaluated (by this or another evaluator).</summary>
    public EngagementPlan Plan(SimTime now, IReadOnlyList<ThreatAssessment> threats, IReadOnlyList<FireUnitState> units)
    {
        var options = feasibility.AssessAll(now, units, threats);
        var shots = _assignment.Solve(units, threats, options);
        var orders = new List<EngagementOrder>();
        for (int u = 0; u < units.Count; u++)
            for (int t = 0; t < threats.Count; t++)
            {
                int n = shots[u * threats.Count + t];
                if (n > 0) AddOrders(orders, now, units[u], threats[t], options[u * threats.Count + t], n, InFlight(units, threats[t].Track.Id));
            }
        orders.Sort(static (a, b) =>
        {
            int c = b.Priority.CompareTo(a.Priority);
            if (c == 0) c = a.TrackId.CompareTo(b.TrackId);
            if (c == 0) c = a.LaunchTime.CompareTo(b.LaunchTime);
            if (c == 0) c = string.CompareOrdinal(a.UnitId, b.UnitId);
            return c;
        });
        return new EngagementPlan(now, threats, options, orders);
    }

    private void AddOrders(List<EngagementOrder> orders, SimTime now, FireUnitState unit, ThreatAssessment threat,
        EngagementOption option, int shots, int inFlight)
    {
        int first = Doctrine.Firing == FiringDoctrine.ShootShoot
            ? Math.Min(shots, Math.Max(0, Doctrine.SalvoSize[threat.Track.Class] - inFlight))
            : shots;
        if (first == 0) first = shots; // the first salvo is already in flight: these shots are the second, fired now
        orders.Add(Order(unit, threat, option, first, first == shots && inFlight > 0 ? 2 : 1, now));
        if (first == shots) return;
        var later = now + SimDuration.FromSeconds(Doctrine.ShootShootSpacingS);
        var second = feasibility.Assess(later, unit, threat);
        if (second.Feasible) orders.Add(Order(unit, threat, second, shots - first, 2, later));
    }

    private static EngagementOrder Order(FireUnitState unit, ThreatAssessment threat, EngagementOption option, int shots, int salvo, SimTime launch) =>
        new(unit.Id, threat.Track.Id, shots, shots * unit.RoundsPerShot, salvo, launch, option.InterceptTime!.Value,
            option.InterceptPoint!.Value, option.SingleShotPk, 1 - Math.Pow(1 - option.SingleShotPk, shots), threat.Priority);

    private static int InFlight(IReadOnlyList<FireUnitState> units, int trackId)
    {
        int n = 0;
        foreach (var unit in units)
            foreach (var e in unit.InFlight)
                if (e.TrackId == trackId) n += e.Shots;
        return n;
    }
}
