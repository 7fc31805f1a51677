using Oberig.Scenario.Campaign;

namespace Oberig.Scenario.Tests.Campaign;

/// <summary>
/// A small valid campaign against the fixture catalog, one item per line so each rule's expected line is plain to see;
/// tests break it by replacing one snippet, which keeps every other line where it was.
/// </summary>
internal static class CampaignTestFiles
{
    public static string OutcomesFixture => TestFiles.FixturePath("campaign", "outcomes.yaml");

    public static string Valid => $$"""
        name: T
        months: 3
        countries: [fr, ua]
        components:
          - {id: seeker, name: Seeker, initial_stock: 5, source: notional}
        products:
          - {id: missile, name: Missile, kind: interceptor, interceptor_type: test-missile, bill_of_materials: {seeker: 1}, source: notional}
          - {id: rounds, name: Rounds, kind: gun_ammunition, interceptor_type: test-gun-round}
        lines:
          - {id: fr-seeker, country: fr, makes: seeker, capacity_per_month: 10, fixed_cost_eur_per_month: 1000, first_unit_cost_eur: 100, lead_time_days: 30, source: notional}
          - {id: ua-final, country: ua, makes: missile, capacity_per_month: 8, fixed_cost_eur_per_month: 500, first_unit_cost_eur: 50, learning_rate: 0.9, lead_time_days: 10, investments: [{id: shift, capital_eur: 1.0e6, lead_months: 1, added_capacity_per_month: 4, source: "notional: a shift"}], source: notional}
          - {id: ua-rounds, country: ua, makes: rounds, capacity_per_month: 1000, fixed_cost_eur_per_month: 100, first_unit_cost_eur: 1, lead_time_days: 5, source: notional}
        funding:
          - {id: joint, eur_per_month: [1.0e6, 2.0e6, 3.0e6], eligible: {countries: [fr, ua], lines: [fr-seeker, ua-final]}, unspent: carry_over, source: notional}
        logistics:
          initial_depot_stock: {missile: 3}
          source: "notional: depot"
          fire_units:
            - {id: fu-1, product: missile, initial_stock: 4, target_stock: 8, priority: 1, transit_days: 2, loss_fraction: 0.05, source: notional}
        tempo:
          - {threat: test-drone, mean_per_day: 5, massed_raid: {probability_per_day: 0.1, multiplier: 3}, source: "notional: tempo"}
        outcomes: "{{OutcomesFixture.Replace("\\", "/", StringComparison.Ordinal)}}"

        """;

    public static string Write(string text) => TestFiles.Write(text, "c.yaml");

    /// <summary>The problems of the valid campaign with <paramref name="from"/> (which must occur once) replaced.</summary>
    public static string[] ProblemsWith(string from, string to) => Problems(Replace(Valid, from, to));

    public static string[] Problems(string text)
    {
        var path = Write(text);
        return TestFiles.Problems(CampaignLoader.Validate(path, TestFiles.Catalog), path);
    }

    public static string Replace(string text, string from, string to)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"'{from}' must occur exactly once in the test campaign");
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }
}
