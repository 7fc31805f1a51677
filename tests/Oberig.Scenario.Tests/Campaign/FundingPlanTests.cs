using Oberig.Scenario.Campaign;

namespace Oberig.Scenario.Tests.Campaign;

/// <summary>Plan files: what the optimiser writes is what the loader reads, and a plan is checked against its campaign.</summary>
public sealed class FundingPlanTests
{
    private static readonly Lazy<CampaignDefinition> Campaign =
        new(() => CampaignLoader.Load(CampaignTestFiles.Write(CampaignTestFiles.Valid), TestFiles.Catalog));

    private static string[] Problems(string text)
    {
        var path = TestFiles.Write(text, "p.yaml");
        return TestFiles.Problems(FundingPlanLoader.Validate(path, Campaign.Value), path);
    }

    [Fact]
    public void Written_plan_reads_back_equal_to_the_last_bit()
    {
        var plan = new FundingPlan
        {
            Funding = new Dictionary<string, IReadOnlyList<double>>
            {
                ["ua-final"] = [1.0 / 3, 2.5e6, 0.1],
                ["fr-seeker"] = [123456789.123456789],
            },
            Investments = [new PlannedInvestment("ua-final", "shift", 2)],
        };
        var path = Path.Combine(TestFiles.NewDirectory(), "plan.yaml");
        FundingPlanWriter.Write(path, plan);
        var read = FundingPlanLoader.Load(path, Campaign.Value);

        Assert.Equal(["fr-seeker", "ua-final"], read.Funding.Keys.Order());
        Assert.Equal(plan.Funding["ua-final"], read.Funding["ua-final"]);
        Assert.Equal(plan.Funding["fr-seeker"], read.Funding["fr-seeker"]);
        Assert.Equal(plan.Investments, read.Investments);
        Assert.Equal(123456789.123456789, read.ForLine("fr-seeker", 2));
        Assert.Equal(0, read.ForLine("ua-rounds", 0));
    }

    [Fact]
    public void Empty_plan_round_trips()
    {
        var path = Path.Combine(TestFiles.NewDirectory(), "plan.yaml");
        FundingPlanWriter.Write(path, FundingPlan.Empty);
        var read = FundingPlanLoader.Load(path, Campaign.Value);
        Assert.Empty(read.Funding);
        Assert.Empty(read.Investments);
    }

    [Fact]
    public void Hand_written_plan_loads()
    {
        var plan = FundingPlanLoader.Load(TestFiles.Write("""
            funding:
              fr-seeker: 2.0e6
              ua-final: [1, 2, 3]
            investments:
              - {line: ua-final, investment: shift, month: 0}
            """, "p.yaml"), Campaign.Value);
        Assert.Equal(2.0e6, plan.ForLine("fr-seeker", 2));
        Assert.Equal(3, plan.ForLine("ua-final", 2));
        Assert.Equal(new PlannedInvestment("ua-final", "shift", 0), Assert.Single(plan.Investments));
    }

    [Fact]
    public void Every_reference_month_and_length_is_checked_with_its_line()
    {
        var problems = Problems("""
            funding:
              fr-seeker: [1, 2]
              ua-finale: 5
              ua-rounds: -1
            investments:
              - {line: ua-final, investment: shift, month: 3}
              - {line: ua-final, investment: night-shift, month: 0}
              - {line: fr-seekr, investment: shift, month: 0}
              - {line: ua-final, investment: shift, month: 1}
              - {line: ua-final, investment: shift, month: 2}
            """);
        Assert.Equal([
            "p.yaml:4: funding.ua-rounds: -1 is too small (allowed: at least 0)",
            "p.yaml:2: funding.fr-seeker: 2 amounts for 3 months (allowed: one number for every month, or a list of 1 or 3)",
            "p.yaml:3: funding.ua-finale: unknown line 'ua-finale' (did you mean 'ua-final'?)",
            "p.yaml:6: investments[0].month: 3 is past the campaign's last month (allowed: 0 to 2; months count from 0)",
            "p.yaml:7: investments[1].investment: unknown investment 'night-shift' (known: shift)",
            "p.yaml:8: investments[2].line: unknown line 'fr-seekr' (did you mean 'fr-seeker'?)",
            "p.yaml:10: investments[4]: investment 'shift' of line 'ua-final' is already made at line 9 (allowed: each investment once)",
        ], problems);
    }

    [Fact]
    public void Unknown_field_is_a_schema_problem()
    {
        Assert.Equal(["p.yaml:1: fundng: unknown field 'fundng' (did you mean 'funding'?)"], Problems("fundng: {}\n"));
    }
}
