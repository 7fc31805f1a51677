using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Oberig.Scenario.Campaign;
using static Oberig.Scenario.Tests.Campaign.CampaignTestFiles;

namespace Oberig.Scenario.Tests.Campaign;

/// <summary>Schema problems in campaign files come with file, line and field, and the schemas name exactly the fields the
/// loaders read.</summary>
public sealed class CampaignSchemaTests
{
    [Fact]
    public void Misspelt_field_is_reported_with_a_suggestion_at_its_line()
    {
        Assert.Equal([
            "c.yaml:10: lines[0].lead_time_days: required field missing",
            "c.yaml:10: lines[0].lead_time_day: unknown field 'lead_time_day' (did you mean 'lead_time_days'?)",
        ], ProblemsWith("lead_time_days: 30,", "lead_time_day: 30,"));
    }

    [Fact]
    public void Amount_is_a_number_or_a_list_of_non_negative_numbers()
    {
        Assert.Equal(["c.yaml:14: funding[0].eur_per_month: expected a number or a list, got 'lots'"],
            ProblemsWith("[1.0e6, 2.0e6, 3.0e6]", "lots"));
        Assert.Equal(["c.yaml:14: funding[0].eur_per_month[1]: -2 is too small (allowed: at least 0)"],
            ProblemsWith("[1.0e6, 2.0e6, 3.0e6]", "[1.0e6, -2, 3.0e6]"));
    }

    [Fact]
    public void Unspent_rule_is_one_of_two()
    {
        Assert.Equal(["c.yaml:14: funding[0].unspent: 'carry' is not allowed (did you mean 'carry_over'?) (allowed: carry_over, lapse)"],
            ProblemsWith("unspent: carry_over", "unspent: carry"));
    }

    [Theory]
    [InlineData("learning_rate: 0.9", "learning_rate: 1.2", "c.yaml:11: lines[1].learning_rate: 1.2 is too large (allowed: more than 0 and at most 1)")]
    [InlineData("learning_rate: 0.9", "learning_rate: 0", "c.yaml:11: lines[1].learning_rate: 0 is too small (allowed: more than 0 and at most 1)")]
    [InlineData("loss_fraction: 0.05", "loss_fraction: 1", "c.yaml:19: logistics.fire_units[0].loss_fraction: 1 is too large (allowed: at least 0 and less than 1)")]
    [InlineData("capacity_per_month: 10,", "capacity_per_month: -1,", "c.yaml:10: lines[0].capacity_per_month: -1 is too small (allowed: at least 0)")]
    [InlineData("fixed_cost_eur_per_month: 500,", "fixed_cost_eur_per_month: -5,", "c.yaml:11: lines[1].fixed_cost_eur_per_month: -5 is too small (allowed: at least 0)")]
    [InlineData("target_stock: 8", "target_stock: -1", "c.yaml:19: logistics.fire_units[0].target_stock: -1 is too small (allowed: at least 0)")]
    [InlineData("multiplier: 3", "multiplier: 0.5", "c.yaml:21: tempo[0].massed_raid.multiplier: 0.5 is too small (allowed: at least 1)")]
    [InlineData("kind: interceptor,", "kind: missile,", "c.yaml:7: products[0].kind: 'missile' is not allowed (allowed: interceptor, gun_ammunition, launcher, radar)")]
    public void Out_of_range_values_name_the_range(string from, string to, string expected)
    {
        Assert.Equal([expected], ProblemsWith(from, to));
    }

    [Fact]
    public void Missing_required_field_is_reported_at_its_parents_line()
    {
        Assert.Equal(["c.yaml:1: outcomes: required field missing"], ProblemsWith("outcomes: \"", "# outcomes: \""));
    }

    [Fact]
    public void Yaml_syntax_error_reports_the_parser_line()
    {
        var problem = Assert.Single(ProblemsWith("months: 3\n", "months: 3\n  nested: [1\n"));
        Assert.StartsWith("c.yaml:", problem);
        Assert.Contains("YAML syntax error", problem);
    }

    public static TheoryData<string, string, Type> Shapes => new()
    {
        { "campaign.schema.json", "/$defs/component", typeof(ComponentShape) },
        { "campaign.schema.json", "/$defs/product", typeof(ProductShape) },
        { "campaign.schema.json", "/$defs/investment", typeof(InvestmentShape) },
        { "campaign.schema.json", "/$defs/line", typeof(LineShape) },
        { "campaign.schema.json", "/$defs/funding", typeof(FundingShape) },
        { "campaign.schema.json", "/$defs/funding/properties/eligible", typeof(EligibilityShape) },
        { "campaign.schema.json", "/$defs/fireUnit", typeof(FireUnitSupplyShape) },
        { "campaign.schema.json", "/$defs/tempo", typeof(TempoShape) },
        { "campaign.schema.json", "/$defs/tempo/properties/massed_raid", typeof(MassedRaidShape) },
        { "campaign-plan.schema.json", "/$defs/investment", typeof(PlannedInvestment) },
        { "outcome-table.schema.json", "/$defs/threat", typeof(ThreatOutcomeShape) },
        { "outcome-table.schema.json", "/$defs/point", typeof(OutcomePointShape) },
    };

    /// <summary>A field the schema allows but the shape lacks would fail to read; one the shape has but the schema
    /// lacks could never be given. Required in the schema exactly when the shape cannot do without it.</summary>
    [Theory]
    [MemberData(nameof(Shapes))]
    public void Schema_objects_name_the_shapes_fields(string file, string pointer, Type shape)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "schema", file)))!;
        var definition = Oberig.Scenario.Loading.JsonPointerText.Resolve(schema, pointer)!;
        var properties = ((JsonObject)definition["properties"]!).Select(p => p.Key).Order().ToArray();
        var parameters = shape.GetConstructors().Single().GetParameters();
        Assert.Equal(parameters.Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name!)).Order(), properties);

        var nullability = new NullabilityInfoContext();
        var required = (definition["required"] as JsonArray)?.Select(n => n!.GetValue<string>()).Order().ToArray() ?? [];
        var notNullable = parameters.Where(p => Nullable.GetUnderlyingType(p.ParameterType) is null && nullability.Create(p).WriteState != NullabilityState.Nullable)
            .Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name!)).Order();
        Assert.Equal(notNullable, required);
    }
}
