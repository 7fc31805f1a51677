namespace Oberig.Scenario.Campaign;

/// <summary>
/// A campaign: months of nightly raids against a defense whose interceptor stocks are fed by production lines that
/// several partner countries run jointly, limited by capacity and by funding (docs/FORMATS.md, "Campaign files").
/// Immutable once loaded; the loader has checked every cross-reference, so the campaign simulation trusts it.
/// </summary>
public sealed record CampaignDefinition
{
    public required string Name { get; init; }
    public string? Description { get; init; }
    /// <summary>The file it was read from (problems and outputs name it).</summary>
    public required string File { get; init; }
    /// <summary>Horizon in months (default 12).</summary>
    public required int Months { get; init; }
    /// <summary>Days in a campaign month (default 30): months are equal blocks of days, so month m is days
    /// [m·DaysPerMonth, (m+1)·DaysPerMonth).</summary>
    public required int DaysPerMonth { get; init; }
    public required ulong Seed { get; init; }
    public required int Replications { get; init; }
    /// <summary>Partner countries, by id (lines and funding sources name them).</summary>
    public required IReadOnlyList<string> Countries { get; init; }
    public required IReadOnlyList<ComponentDefinition> Components { get; init; }
    public required IReadOnlyList<ProductDefinition> Products { get; init; }
    public required IReadOnlyList<LineDefinition> Lines { get; init; }
    public required IReadOnlyList<FundingSourceDefinition> Funding { get; init; }
    /// <summary>Components in store at day 0, by component id.</summary>
    public required IReadOnlyDictionary<string, int> InitialComponentStock { get; init; }
    public required LogisticsDefinition Logistics { get; init; }
    public required IReadOnlyList<RaidTempo> Tempo { get; init; }
    /// <summary>How fire units spend short stocks (default: no reserve).</summary>
    public CampaignDoctrine Doctrine { get; init; } = CampaignDoctrine.None;
    /// <summary>Path of the outcome table (fitted by <c>oberig campaign fit</c>), resolved against the campaign file.</summary>
    public required string OutcomesPath { get; init; }
    /// <summary>Source or "notional" for each number, by field path (as the catalog's <c>sources</c>).</summary>
    public required IReadOnlyDictionary<string, string> Sources { get; init; }

    public int Days => Months * DaysPerMonth;
}

/// <summary>A part one line makes and another consumes (seeker, rocket motor, warhead, airframe, ...).</summary>
public sealed record ComponentDefinition(string Id, string Name);

public enum ProductKind { Interceptor, GunAmmunition, Launcher, Radar }

/// <summary>
/// What final assembly delivers: an interceptor (one missile), gun ammunition (one round), a launcher or a radar. Its
/// bill of materials is the components one unit consumes at final assembly. <see cref="InterceptorType"/> links it to
/// the catalog's interceptor (and so to the outcome table's shots and kills); launchers and radars have none and
/// are produced and stocked but not fired.
/// </summary>
public sealed record ProductDefinition
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required ProductKind Kind { get; init; }
    public string? InterceptorType { get; init; }
    public required IReadOnlyDictionary<string, int> BillOfMaterials { get; init; }
    /// <summary>Price the defense pays per unit fired, EUR, for the cost-exchange ratio (default: the catalog
    /// interceptor's unit cost).</summary>
    public double? UnitCostEur { get; init; }
}

/// <summary>
/// A production line owned by one partner country, making one component or a product's final assembly.
/// </summary>
/// <remarks>
/// Each month the line may start up to its capacity; a start costs the variable unit cost (falling with cumulative
/// output by Wright's law: cost(n) = first-unit cost × n^log2(learning rate)), needs its inputs (a final-assembly
/// line consumes the bill of materials at start) and completes <see cref="LeadTimeDays"/> later. Keeping the line
/// open costs the fixed monthly cost; a month without it (no funding for it) leaves the line idle, and a line idle
/// <see cref="IdleMonthsToClose"/> months in a row closes: it needs <see cref="RestartMonths"/> funded months before
/// it starts anything again.
/// </remarks>
public sealed record LineDefinition
{
    public required string Id { get; init; }
    public required string Country { get; init; }
    /// <summary>The component id it makes, or the product id it assembles.</summary>
    public required string Makes { get; init; }
    public required double CapacityPerMonth { get; init; }
    public required double FixedCostEurPerMonth { get; init; }
    /// <summary>Variable cost of the first unit the line ever made, EUR.</summary>
    public required double FirstUnitCostEur { get; init; }
    /// <summary>Wright's learning rate: unit cost multiplies by this each time cumulative output doubles (default 1).</summary>
    public required double LearningRate { get; init; }
    /// <summary>Units made before the campaign (where on the learning curve it starts; default 0).</summary>
    public required double PriorUnits { get; init; }
    /// <summary>Days from start to completion (production lead time).</summary>
    public required int LeadTimeDays { get; init; }
    /// <summary>Units in work at day 0, completing evenly over the first lead time.</summary>
    public required int InitialWorkInProgress { get; init; }
    /// <summary>Months idle in a row after which the line closes; null: it never closes.</summary>
    public int? IdleMonthsToClose { get; init; }
    /// <summary>Funded months a closed line needs before it starts units again.</summary>
    public required int RestartMonths { get; init; }
    public required IReadOnlyList<InvestmentOption> Investments { get; init; }
}

/// <summary>An investment a plan may make in a line: its capital cost is paid in the month chosen, and the line's
/// capacity grows by <see cref="AddedCapacityPerMonth"/> from <see cref="LeadMonths"/> months later.</summary>
public sealed record InvestmentOption(string Id, double CapitalEur, int LeadMonths, double AddedCapacityPerMonth);

public enum UnspentFunds { CarryOver, Lapse }

/// <summary>
/// Money for the lines: a national budget, a partner's aid, a joint fund. <see cref="EurPerMonth"/> holds one amount
/// (every month) or one per month. It may pay only lines in <see cref="EligibleCountries"/> (empty: any country) and,
/// when given, only <see cref="EligibleLines"/>. What a month leaves unspent carries over or lapses.
/// </summary>
public sealed record FundingSourceDefinition
{
    public required string Id { get; init; }
    public required IReadOnlyList<double> EurPerMonth { get; init; }
    public required IReadOnlyList<string> EligibleCountries { get; init; }
    public required IReadOnlyList<string> EligibleLines { get; init; }
    public required UnspentFunds Unspent { get; init; }

    public double AmountInMonth(int month) => EurPerMonth.Count == 1 ? EurPerMonth[0] : EurPerMonth[month];
}

/// <summary>Where finished products go: each fire unit's stock of the product it fires, filled by deliveries in
/// priority order; what no unit takes waits in the depot.</summary>
public sealed record LogisticsDefinition
{
    /// <summary>Finished products in the depot at day 0, by product id.</summary>
    public required IReadOnlyDictionary<string, int> InitialDepotStock { get; init; }
    public required IReadOnlyList<FireUnitSupply> FireUnits { get; init; }
}

/// <summary>
/// One fire unit's stock of one product. Deliveries travel <see cref="TransitDays"/> from final assembly (or the
/// depot) and lose <see cref="LossFraction"/> of what is sent on the way; the depot sends each day, lowest
/// <see cref="Priority"/> number first, what brings each unit's stock plus what is on its way up to its
/// <see cref="TargetStock"/>.
/// </summary>
public sealed record FireUnitSupply
{
    public required string Id { get; init; }
    public required string Product { get; init; }
    public required int InitialStock { get; init; }
    public required int TargetStock { get; init; }
    public required int Priority { get; init; }
    public required int TransitDays { get; init; }
    public required double LossFraction { get; init; }
}

/// <summary>
/// Nightly raids of one threat type: a count per day drawn with mean <see cref="MeanPerDay"/> (grown by
/// <see cref="TrendPerMonth"/> each month, compounding, as the adversary's production grows) and coefficient of
/// variation <see cref="Dispersion"/> (0: Poisson; more: negative binomial, overdispersed), and on a massed-raid day
/// (drawn for this type with <see cref="MassedRaidProbabilityPerDay"/>) multiplied by <see cref="MassedRaidMultiplier"/>.
/// </summary>
public sealed record RaidTempo
{
    public required string Threat { get; init; }
    public required double MeanPerDay { get; init; }
    public required double Dispersion { get; init; }
    public required double TrendPerMonth { get; init; }
    public required double MassedRaidProbabilityPerDay { get; init; }
    public required double MassedRaidMultiplier { get; init; }
}

/// <summary>
/// How the fire units spend stocks that run short across nights: <see cref="Reserve"/> units of a product (over all
/// its fire units) are kept for threat types whose leakers do at least <see cref="ReserveForDamageEurPerLeaker"/> of
/// damage (in the outcome table), so drones and decoys do not drain the missiles kept for cruise and ballistic
/// missiles. Within a night stocks go to the most damaging types first whatever the reserve.
/// </summary>
public sealed record CampaignDoctrine
{
    public required IReadOnlyDictionary<string, int> Reserve { get; init; }
    public required double ReserveForDamageEurPerLeaker { get; init; }

    public static CampaignDoctrine None { get; } = new() { Reserve = new Dictionary<string, int>(), ReserveForDamageEurPerLeaker = 0 };
}
