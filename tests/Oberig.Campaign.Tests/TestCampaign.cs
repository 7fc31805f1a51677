using Oberig.Campaign.Running;
using Oberig.Scenario.Campaign;
using Oberig.Scenario.Catalog;

namespace Oberig.Campaign.Tests;

/// <summary>
/// A small two-country campaign written here (not read from a file), so the core's tests do not move when the
/// example's figures or the file format do: France makes seekers, Ukraine motors, Ukraine assembles a long-range
/// interceptor (one seeker and one motor each); two fire units stock it; drones and cruise missiles come each night.
/// </summary>
internal static class TestCampaign
{
    public static CatalogSet Catalog { get; } = CatalogLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "catalog"));

    public static LineDefinition Line(string id, string country, string makes, double capacity, double fixedCost = 1e6,
        double unitCost = 1e5, int leadTimeDays = 10) => new()
    {
        Id = id, Country = country, Makes = makes, CapacityPerMonth = capacity, FixedCostEurPerMonth = fixedCost,
        FirstUnitCostEur = unitCost, LearningRate = 1, PriorUnits = 0, LeadTimeDays = leadTimeDays, InitialWorkInProgress = 0,
        RestartMonths = 0, Investments = [],
    };

    public static FundingSourceDefinition Source(string id, double eurPerMonth, string[]? countries = null, string[]? lines = null,
        UnspentFunds unspent = UnspentFunds.CarryOver) => new()
    {
        Id = id, EurPerMonth = [eurPerMonth], EligibleCountries = countries ?? [], EligibleLines = lines ?? [], Unspent = unspent,
    };

    public static CampaignDefinition Definition(IReadOnlyList<LineDefinition>? lines = null, IReadOnlyList<FundingSourceDefinition>? funding = null,
        int months = 6, double drones = 20, double cruise = 1) => new()
    {
        Name = "test campaign", File = "test-campaign.yaml", Months = months, DaysPerMonth = 30, Seed = 1, Replications = 10,
        Countries = ["fr", "ua"],
        Components = [new("seeker", "Seeker"), new("motor", "Rocket motor")],
        Products = [new ProductDefinition { Id = "lr", Name = "Long-range interceptor", Kind = ProductKind.Interceptor, InterceptorType = "test-missile",
            BillOfMaterials = new Dictionary<string, int> { ["seeker"] = 1, ["motor"] = 1 } }],
        Lines = lines ??
        [
            Line("fr-seeker", "fr", "seeker", 10),
            Line("ua-motor", "ua", "motor", 20),
            Line("ua-assembly", "ua", "lr", 15, leadTimeDays: 20),
        ],
        Funding = funding ??
        [
            Source("fr-budget", 5e6, countries: ["fr"]),
            Source("ua-budget", 6e6, countries: ["ua"], unspent: UnspentFunds.Lapse),
        ],
        InitialComponentStock = new Dictionary<string, int> { ["seeker"] = 4 },
        Logistics = new LogisticsDefinition
        {
            InitialDepotStock = new Dictionary<string, int> { ["lr"] = 5 },
            FireUnits =
            [
                new FireUnitSupply { Id = "unit-1", Product = "lr", InitialStock = 16, TargetStock = 24, Priority = 1, TransitDays = 2, LossFraction = 0.05 },
                new FireUnitSupply { Id = "unit-2", Product = "lr", InitialStock = 8, TargetStock = 16, Priority = 2, TransitDays = 4, LossFraction = 0 },
            ],
        },
        Tempo =
        [
            new RaidTempo { Threat = "test-drone", MeanPerDay = drones, Dispersion = 0.5, TrendPerMonth = 0.05, MassedRaidProbabilityPerDay = 0.05, MassedRaidMultiplier = 4 },
            new RaidTempo { Threat = "test-ballistic", MeanPerDay = cruise, Dispersion = 0, TrendPerMonth = 0, MassedRaidProbabilityPerDay = 0, MassedRaidMultiplier = 1 },
        ],
        OutcomesPath = "outcomes.yaml",
        Sources = new Dictionary<string, string>(),
    };

    /// <summary>A fitted table shaped like the demo's: the missile fires a little at drones (guns, not stocked here,
    /// kill most) and salvoes at ballistic missiles; at twice the raid it meets fewer threats per head.</summary>
    public static OutcomeTable Outcomes { get; } = new()
    {
        Scenario = "test", Seed = 1, Replications = 4,
        BaselineRaid = new Dictionary<string, double> { ["test-drone"] = 20, ["test-ballistic"] = 1 },
        Threats =
        [
            new ThreatOutcomeFit
            {
                Threat = "test-drone", DamagePerLeaker = 2, DamageEurPerLeaker = 1e7,
                Points =
                [
                    Point(1, new() { ["test-missile"] = 0.1, ["test-gun-round"] = 40 }, new() { ["test-missile"] = 0.08, ["test-gun-round"] = 0.6 }, 0.25),
                    Point(2, new() { ["test-missile"] = 0.06, ["test-gun-round"] = 25 }, new() { ["test-missile"] = 0.05, ["test-gun-round"] = 0.45 }, 0.45),
                ],
            },
            new ThreatOutcomeFit
            {
                Threat = "test-ballistic", DamagePerLeaker = 10, DamageEurPerLeaker = 5e7,
                Points =
                [
                    Point(1, new() { ["test-missile"] = 2 }, new() { ["test-missile"] = 0.8 }, 0.2),
                    Point(2, new() { ["test-missile"] = 1.5 }, new() { ["test-missile"] = 0.6 }, 0.4),
                ],
            },
        ],
    };

    public static CampaignModel Model(CampaignDefinition? definition = null) => new(definition ?? Definition(), Outcomes, Catalog);

    private static OutcomePoint Point(double scale, Dictionary<string, double> shots, Dictionary<string, double> kills, double leak) =>
        new() { Scale = scale, ShotsPerThreat = shots, KillsPerThreat = kills, LeakFraction = leak };
}
