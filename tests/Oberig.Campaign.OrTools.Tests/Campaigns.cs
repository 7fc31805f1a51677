using Oberig.Campaign.Running;
using Oberig.Campaign.Tests;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.OrTools.Tests;

/// <summary>Variants of the core's test campaign (France makes seekers, Ukraine motors and final assembly) where how
/// the money is split matters.</summary>
internal static class Campaigns
{
    /// <summary>
    /// Money short of what the lines could use: France's budget (its own lines only, carried over) nearly pays the
    /// seeker line, a joint fund (any line, lapsing monthly) the rest. Ten interceptors a month need about EUR 6 M
    /// (each line 1 M fixed + 10 × 0.1 M); 5.5 M come in. The nights want far more than the lines can make, so every
    /// interceptor made is fired.
    /// </summary>
    public static CampaignDefinition MoneyBound(int months = 6, double french = 1.5e6, double joint = 4e6, IReadOnlyList<LineDefinition>? lines = null) =>
        TestCampaign.Definition(lines: lines, months: months, funding:
        [
            TestCampaign.Source("fr-budget", french, countries: ["fr"]),
            TestCampaign.Source("joint-fund", joint, unspent: UnspentFunds.Lapse),
        ]);

    /// <summary>The funding rule as the file format states it (docs/FORMATS.md), written out here as the tests' oracle
    /// rather than borrowed from the code under test.</summary>
    public static bool MayPay(FundingSourceDefinition source, LineDefinition line) =>
        (source.EligibleCountries.Count == 0 || source.EligibleCountries.Contains(line.Country))
        && (source.EligibleLines.Count == 0 || source.EligibleLines.Contains(line.Id));

    public static CampaignModel Model(CampaignDefinition definition) => TestCampaign.Model(definition);

    public static OptimizeOptions Options(CampaignObjective objective = CampaignObjective.Leakers) =>
        new() { Objective = objective, Replications = 40, Seed = 7, Threads = 2, TimeLimitSeconds = 30 };
}
