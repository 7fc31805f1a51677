using Oberig.BattleManagement.Evaluation;
using Oberig.Scenario.Catalog;

namespace Oberig.BattleManagement.Doctrine;

/// <summary>
/// Doctrine: the rules the planner follows on top of feasibility and the assignment's economics. Documented
/// defaults; <see cref="Problems"/> is checked once at the edge and the planner trusts it. Counts are in shots: a
/// missile, or one gun burst.
/// </summary>
public sealed record EngagementDoctrine
{
    public static EngagementDoctrine Default { get; } = new();

    /// <summary>Shoot-look-shoot (default) or shoot-shoot.</summary>
    public FiringDoctrine Firing { get; init; } = FiringDoctrine.ShootLookShoot;

    /// <summary>Most shots fired at one track per look (shoot-shoot: per salvo, two salvos). Defaults: drone 1, cruise 2,
    /// ballistic 2, aircraft 2, unknown 1 (notional: two-round salvos against missiles and aircraft are the common
    /// doctrine; drones are too cheap for more than one).</summary>
    public ThreatClassTable<int> SalvoSize { get; init; } = new(Unknown: 1, Drone: 1, Cruise: 2, Ballistic: 2, Aircraft: 2);

    /// <summary>Shoot-shoot: time between the first and the second salvo's launches, s. Default 2 s.</summary>
    public double ShootShootSpacingS { get; init; } = 2;

    /// <summary>
    /// Layered defense: for each threat class, the system kinds that engage it, first layer first. The planner offers
    /// a threat to its first layer, then what is left of it (its value times the first layer's miss probability) to the
    /// next, and so on; a kind not listed never engages that class. Defaults: ballistic → long-range SAM, short-range
    /// SAM; cruise and aircraft → long-range, short-range, gun; drone and unknown → gun, short-range, long-range (cheap
    /// effectors for cheap threats).
    /// </summary>
    public ThreatClassTable<IReadOnlyList<SystemKind>> Layers { get; init; } = new(
        Unknown: [SystemKind.Gun, SystemKind.ShortRangeSam, SystemKind.LongRangeSam],
        Drone: [SystemKind.Gun, SystemKind.ShortRangeSam, SystemKind.LongRangeSam],
        Cruise: [SystemKind.LongRangeSam, SystemKind.ShortRangeSam, SystemKind.Gun],
        Ballistic: [SystemKind.LongRangeSam, SystemKind.ShortRangeSam],
        Aircraft: [SystemKind.LongRangeSam, SystemKind.ShortRangeSam, SystemKind.Gun]);

    /// <summary>EUR of expected damage a shot must save per EUR it costs: the WTA charges CostWeight × shot cost for
    /// each shot, so a shot is fired only where value × Pk gained exceeds it. 0 ignores cost. Default 1 (a shot is
    /// worth its price).</summary>
    public double CostWeight { get; init; } = 1;

    /// <summary>Shots each unit keeps back for high-value threats (value at least <see cref="ReserveValueThresholdEur"/>).
    /// Default 0 (no reserve).</summary>
    public int ReserveShots { get; init; }

    /// <summary>Shots units of a system kind keep back instead of <see cref="ReserveShots"/> (for instance the long-range
    /// batteries' missiles, kept for ballistic and cruise missiles). Default none.</summary>
    public IReadOnlyDictionary<SystemKind, int>? ReserveShotsByKind { get; init; }

    /// <summary>Shots a unit of <paramref name="kind"/> keeps back.</summary>
    public int ReserveFor(SystemKind kind) => ReserveShotsByKind is { } table && table.TryGetValue(kind, out int r) ? r : ReserveShots;

    /// <summary>Threat value (EUR of expected damage) from which a threat may draw on the reserve. Default EUR 10 M.</summary>
    public double ReserveValueThresholdEur { get; init; } = 10_000_000;

    /// <summary>At most one unit engages a track (no double engagement across units); the salvo then comes from one
    /// unit. Default true.</summary>
    public bool SingleUnitPerTrack { get; init; } = true;

    /// <summary>The layer (1 = first) at which <paramref name="kind"/> engages <paramref name="threatClass"/>, or 0 when
    /// it never does.</summary>
    public int Layer(SystemKind kind, ThreatClass threatClass)
    {
        var layers = Layers[threatClass];
        for (int i = 0; i < layers.Count; i++) if (layers[i] == kind) return i + 1;
        return 0;
    }

    /// <summary>Most shots a track may receive this cycle given <paramref name="shotsInFlight"/> already at it.</summary>
    public int ShotCap(ThreatClass threatClass, int shotsInFlight) => Firing switch
    {
        FiringDoctrine.ShootLookShoot => shotsInFlight > 0 ? 0 : SalvoSize[threatClass],
        _ => Math.Max(0, 2 * SalvoSize[threatClass] - shotsInFlight),
    };

    public IEnumerable<string> Problems()
    {
        if (!Enum.IsDefined(Firing)) yield return $"firing: {Firing} is not allowed (shoot_look_shoot, shoot_shoot)";
        foreach (var (c, n) in SalvoSize.Entries())
            if (n < 0) yield return $"salvo_size.{Name(c)}: {n} is not allowed (at least 0)";
        if (!(ShootShootSpacingS >= 0) || !double.IsFinite(ShootShootSpacingS)) yield return $"shoot_shoot_spacing_s: {ShootShootSpacingS} is not allowed (finite, at least 0)";
        foreach (var (c, kinds) in Layers.Entries())
            if (kinds.Distinct().Count() != kinds.Count) yield return $"layers.{Name(c)}: a system kind is listed twice (list each at most once, first layer first)";
        if (!(CostWeight >= 0) || !double.IsFinite(CostWeight)) yield return $"cost_weight: {CostWeight} is not allowed (finite, at least 0)";
        if (ReserveShots < 0) yield return $"reserve_shots: {ReserveShots} is not allowed (at least 0)";
        if (ReserveShotsByKind is { } byKind)
            foreach (var (kind, shots) in byKind)
                if (shots < 0) yield return $"reserve_shots.{kind}: {shots} is not allowed (at least 0)";
        if (!(ReserveValueThresholdEur >= 0) || !double.IsFinite(ReserveValueThresholdEur)) yield return $"reserve_value_threshold_eur: {ReserveValueThresholdEur} is not allowed (finite, at least 0)";
    }

    private static string Name(ThreatClass c) => c.ToString().ToLowerInvariant();
}
