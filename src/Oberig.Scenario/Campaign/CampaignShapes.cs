using System.Text.Json.Nodes;

namespace Oberig.Scenario.Campaign;

// A campaign file's parts exactly as written (docs/FORMATS.md, "Campaign files"), before cross-references are checked.
// Each is deserialized only after the schema has passed it, so required members are present and in range. Every
// shape carries the `source` the file gives its numbers; CampaignSources collects them.

internal sealed record ComponentShape(string Id, string Name, int? InitialStock, string? Source);

internal sealed record ProductShape(
    string Id, string Name, ProductKind Kind, string? InterceptorType, Dictionary<string, int>? BillOfMaterials, double? UnitCostEur,
    string? Source);

internal sealed record InvestmentShape(string Id, double CapitalEur, int LeadMonths, double AddedCapacityPerMonth, string? Source);

internal sealed record LineShape(
    string Id, string Country, string Makes, double CapacityPerMonth, double FixedCostEurPerMonth, double FirstUnitCostEur,
    double? LearningRate, double? PriorUnits, int LeadTimeDays, int? InitialWorkInProgress, int? IdleMonthsToClose,
    int? RestartMonths, IReadOnlyList<InvestmentShape>? Investments, string? Source);

internal sealed record EligibilityShape(IReadOnlyList<string>? Countries, IReadOnlyList<string>? Lines);

/// <param name="EurPerMonth">A number or a list of numbers (the schema allows both); see <see cref="PerMonthAmounts"/>.</param>
internal sealed record FundingShape(string Id, JsonNode EurPerMonth, EligibilityShape? Eligible, UnspentFunds Unspent, string? Source);

internal sealed record FireUnitSupplyShape(
    string Id, string Product, int InitialStock, int TargetStock, int Priority, int TransitDays, double? LossFraction, string? Source);

internal sealed record MassedRaidShape(double ProbabilityPerDay, double Multiplier);

internal sealed record TempoShape(
    string Threat, double MeanPerDay, double? Dispersion, double? TrendPerMonth, MassedRaidShape? MassedRaid, string? Source);

internal sealed record DoctrineShape(IReadOnlyDictionary<string, int>? Reserve, double? ReserveForDamageEurPerLeaker, string? Source);
