using static Oberig.Scenario.Tests.Campaign.CampaignTestFiles;

namespace Oberig.Scenario.Tests.Campaign;

/// <summary>Each rule beyond the schema gives FILE:LINE: field.path: message at the line a person would look at
/// (the test campaign holds one item per line: line 10 is the first line, 19 the fire unit, 21 the tempo).</summary>
public sealed class CampaignRuleTests
{
    [Fact]
    public void Duplicate_line_id_names_the_first()
    {
        Assert.Equal(["c.yaml:12: lines[2].id: duplicate 'fr-seeker' (already lines[0].id at line 10; line ids are unique)"],
            ProblemsWith("id: ua-rounds,", "id: fr-seeker,"));
    }

    [Fact]
    public void Duplicate_country_is_reported()
    {
        Assert.Equal(["c.yaml:3: countries[2]: duplicate 'fr' (already countries[0] at line 3; each country is listed once)"],
            ProblemsWith("countries: [fr, ua]\n", "countries: [fr, ua, fr]\n"));
    }

    [Fact]
    public void Investment_ids_are_unique_within_a_line()
    {
        var problems = ProblemsWith("investments: [{id: shift,", "investments: [{id: shift, capital_eur: 1, lead_months: 1, added_capacity_per_month: 1, source: notional}, {id: shift,");
        Assert.Equal(["c.yaml:11: lines[1].investments[1].id: duplicate 'shift' (already lines[1].investments[0].id at line 11; a line's investment ids are unique)"], problems);
    }

    [Fact]
    public void Component_and_product_share_one_set_of_ids()
    {
        var problems = ProblemsWith("{id: rounds, name: Rounds", "{id: seeker, name: Rounds");
        Assert.Equal([
            "c.yaml:8: products[1].id: duplicate 'seeker' (already components[0].id at line 5; ids are unique across components and products: a line's makes names either)",
            "c.yaml:12: lines[2].makes: unknown component or product 'rounds' (known: missile, seeker)",
        ], problems);
    }

    [Fact]
    public void Line_country_must_be_a_partner()
    {
        Assert.Equal(["c.yaml:10: lines[0].country: unknown country 'de' (known: fr, ua)"],
            ProblemsWith("country: fr, makes: seeker", "country: de, makes: seeker"));
    }

    [Fact]
    public void Line_makes_a_component_or_a_product()
    {
        Assert.Equal(["c.yaml:12: lines[2].makes: unknown component or product 'round' (did you mean 'rounds'?)"],
            ProblemsWith("makes: rounds", "makes: round"));
    }

    [Fact]
    public void Funding_eligibility_names_partners_and_lines()
    {
        Assert.Equal(["c.yaml:14: funding[0].eligible.countries[1]: unknown country 'pl' (known: fr, ua)"],
            ProblemsWith("countries: [fr, ua], lines", "countries: [fr, pl], lines"));
        Assert.Equal(["c.yaml:14: funding[0].eligible.lines[1]: unknown line 'ua-finall' (did you mean 'ua-final'?)"],
            ProblemsWith("lines: [fr-seeker, ua-final]", "lines: [fr-seeker, ua-finall]"));
    }

    [Fact]
    public void Bill_of_materials_names_components()
    {
        Assert.Equal(["c.yaml:7: products[0].bill_of_materials.warhead: unknown component 'warhead' (known: seeker)"],
            ProblemsWith("{seeker: 1}", "{seeker: 1, warhead: 1}"));
    }

    [Fact]
    public void Fired_products_need_an_interceptor_type_of_the_matching_kind()
    {
        Assert.Equal(["c.yaml:8: products[1].interceptor_type: required for a product of kind gun_ammunition (the catalog interceptor it is, for shots, kills and cost)"],
            ProblemsWith("kind: gun_ammunition, interceptor_type: test-gun-round}", "kind: gun_ammunition}"));
        Assert.Equal(["c.yaml:7: products[0].interceptor_type: 'test-drone' is a threat type, not an interceptor type"],
            ProblemsWith("interceptor_type: test-missile", "interceptor_type: test-drone"));
        Assert.Equal(["c.yaml:7: products[0].interceptor_type: 'test-gun-round' is a catalog gun_round, but a product of kind interceptor needs a missile"],
            ProblemsWith("interceptor_type: test-missile", "interceptor_type: test-gun-round"));
    }

    [Fact]
    public void Radars_and_launchers_name_no_interceptor_type()
    {
        Assert.Equal(["c.yaml:8: products[1].interceptor_type: a radar product is not fired, so it has no interceptor type (allowed: only for kinds interceptor and gun_ammunition)"],
            ProblemsWith("kind: gun_ammunition,", "kind: radar,"));
    }

    [Fact]
    public void Fire_unit_fires_an_interceptor_or_gun_ammunition_product()
    {
        Assert.Equal(["c.yaml:19: logistics.fire_units[0].product: unknown product 'misile' (did you mean 'missile'?)"],
            ProblemsWith("product: missile,", "product: misile,"));
        var launcher = Replace(Valid, "kind: gun_ammunition, interceptor_type: test-gun-round}", "kind: launcher}");
        Assert.Equal(["c.yaml:19: logistics.fire_units[0].product: 'rounds' is a launcher product, which is not fired (allowed: an interceptor or gun_ammunition product)"],
            Problems(Replace(launcher, "product: missile,", "product: rounds,")));
    }

    [Fact]
    public void Depot_stock_names_products()
    {
        Assert.Equal(["c.yaml:16: logistics.initial_depot_stock.rocket: unknown product 'rocket' (known: missile, rounds)"],
            ProblemsWith("{missile: 3}", "{missile: 3, rocket: 2}"));
    }

    [Fact]
    public void Per_month_list_has_one_amount_or_one_per_month()
    {
        Assert.Equal(["c.yaml:14: funding[0].eur_per_month: 2 amounts for 3 months (allowed: one number for every month, or a list of 1 or 3)"],
            ProblemsWith("[1.0e6, 2.0e6, 3.0e6]", "[1.0e6, 2.0e6]"));
        Assert.Empty(ProblemsWith("[1.0e6, 2.0e6, 3.0e6]", "[1.0e6]"));
    }

    [Fact]
    public void An_unsound_horizon_is_reported_once_not_against_every_list()
    {
        Assert.Equal(["c.yaml:2: months: 0 is too small (allowed: 1 to 1200)"], ProblemsWith("months: 3", "months: 0"));
    }

    [Fact]
    public void Tempo_threat_is_a_catalog_threat_given_once()
    {
        Assert.Equal(["c.yaml:21: tempo[0].threat: unknown threat type 'test-dron' (did you mean 'test-drone'?)"],
            ProblemsWith("threat: test-drone,", "threat: test-dron,"));
        Assert.Equal(["c.yaml:21: tempo[0].threat: 'test-missile' is an interceptor type, not a threat type"],
            ProblemsWith("threat: test-drone,", "threat: test-missile,"));
        Assert.Equal(["c.yaml:22: tempo[1].threat: duplicate 'test-drone' (already tempo[0].threat at line 21; each threat has one tempo entry)"],
            ProblemsWith("tempo:\n", "tempo:\n  - {threat: test-drone, mean_per_day: 1, source: notional}\n"));
    }

    [Fact]
    public void Outcome_table_is_found_next_to_the_campaign()
    {
        var problem = Assert.Single(ProblemsWith("outcomes: \"", "outcomes: \"missing.yaml\" #"));
        Assert.StartsWith("c.yaml:22: outcomes: no outcome table at '", problem);
        Assert.Contains($"{Path.DirectorySeparatorChar}missing.yaml' (allowed: an existing file, relative to the campaign file's folder;", problem);
    }

    [Fact]
    public void Relative_outcomes_path_resolves_against_the_campaign_folder()
    {
        var path = Write(Replace(Valid, "outcomes: \"", "outcomes: \"sub/table.yaml\" #"));
        var dir = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        File.Copy(OutcomesFixture, Path.Combine(dir, "sub", "table.yaml"));
        var campaign = Oberig.Scenario.Campaign.CampaignLoader.Load(path, TestFiles.Catalog);
        Assert.Equal(Path.Combine(dir, "sub", "table.yaml"), campaign.OutcomesPath);
    }

    [Fact]
    public void Component_nothing_makes_needs_initial_stock()
    {
        var unmade = Replace(Valid, "makes: seeker", "makes: missile");
        Assert.Empty(Problems(unmade));
        Assert.Equal(["c.yaml:5: components[0]: no line makes component 'seeker' and it has no initial_stock, so none could ever be used (allowed: a line whose makes is it, or an initial_stock above 0)"],
            Problems(Replace(unmade, "initial_stock: 5", "initial_stock: 0")));
    }

    [Fact]
    public void Product_nothing_makes_needs_stock_in_the_depot_or_a_fire_unit()
    {
        var unmade = Replace(Valid, "makes: rounds", "makes: missile");
        Assert.Equal(["c.yaml:8: products[1]: no line assembles product 'rounds' and neither the depot nor a fire unit holds any at day 0, so none could ever be delivered (allowed: a line whose makes is it, or initial stock in logistics)"],
            Problems(unmade));
        Assert.Empty(Problems(Replace(unmade, "{missile: 3}", "{missile: 3, rounds: 100}")));
        Assert.Empty(Problems(Replace(unmade, "product: missile, initial_stock: 4", "product: rounds, initial_stock: 4")));
    }

    [Fact]
    public void Numbers_need_a_source()
    {
        Assert.Equal(["c.yaml:10: lines[0]: numbers without a source: capacity_per_month, fixed_cost_eur_per_month, first_unit_cost_eur and 1 more (add 'source: ...' with a public reference, or 'notional: reason')"],
            ProblemsWith("lead_time_days: 30, source: notional}", "lead_time_days: 30}"));
        Assert.Equal(["c.yaml:11: lines[1].investments[0]: numbers without a source: capital_eur, lead_months, added_capacity_per_month (add 'source: ...' with a public reference, or 'notional: reason')"],
            ProblemsWith(", source: \"notional: a shift\"", ""));
        Assert.Equal(["c.yaml:7: products[0]: numbers without a source: bill_of_materials.seeker (add 'source: ...' with a public reference, or 'notional: reason')"],
            ProblemsWith("{seeker: 1}, source: notional}", "{seeker: 1}}"));
    }
}
