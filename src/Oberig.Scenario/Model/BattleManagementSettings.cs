namespace Oberig.Scenario.Model;

/// <summary>
/// The scenario's optional <c>battle_management</c> section: how the engine's battle manager decides. Every field is
/// optional; what is left out keeps the engine's documented default (docs/FORMATS.md, docs/ARCHITECTURE.md).
/// </summary>
public sealed record BattleManagementSettings
{
    /// <summary>Weapon-target assignment solver by name (greedy, greedy-ls, greedy-only, exact).</summary>
    public string? Solver { get; init; }
    /// <summary>Seconds between decision cycles.</summary>
    public double? DecisionPeriodS { get; init; }
    public DoctrineSettings? Doctrine { get; init; }
}

/// <summary>Shoot-look-shoot fires one salvo and looks before the next; shoot-shoot fires two salvos back to back.</summary>
public enum FiringRule { ShootLookShoot, ShootShoot }

/// <summary>The firing doctrine's settable parts.</summary>
public sealed record DoctrineSettings
{
    public FiringRule? Firing { get; init; }
    /// <summary>Shots per salvo by threat class.</summary>
    public ThreatClassCounts? Salvo { get; init; }
    /// <summary>EUR of expected damage a shot must save per EUR it costs (0: price not weighed).</summary>
    public double? CostWeight { get; init; }
    /// <summary>Shots each unit of a system kind keeps for high-value threats.</summary>
    public SystemKindCounts? Reserve { get; init; }
    /// <summary>Threat value (EUR of expected damage) from which a threat may draw on the reserve.</summary>
    public double? ReserveValueEur { get; init; }
}

/// <summary>A count per threat class; null keeps the default.</summary>
public sealed record ThreatClassCounts
{
    public int? Drone { get; init; }
    public int? Cruise { get; init; }
    public int? Ballistic { get; init; }
    public int? Aircraft { get; init; }
    public int? Unknown { get; init; }
}

/// <summary>A count per system kind; null keeps the default.</summary>
public sealed record SystemKindCounts
{
    public int? LongRangeSam { get; init; }
    public int? ShortRangeSam { get; init; }
    public int? Gun { get; init; }
}
