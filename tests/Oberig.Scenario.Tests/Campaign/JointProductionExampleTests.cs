using Oberig.Scenario.Campaign;
using Oberig.Scenario.Catalog;

namespace Oberig.Scenario.Tests.Campaign;

/// <summary>examples/joint-production.yaml loads against the repository catalog and fits the demo scenario it claims to
/// supply: the same fire units, firing the same interceptors, resolved by an outcome table that knows its threats.</summary>
public sealed class JointProductionExampleTests
{
    private static readonly Lazy<CatalogSet> RepositoryCatalog = new(() => CatalogLoader.Load(Path.Combine(TestFiles.RepositoryRoot, "catalog")));
    private static string Example(string name) => Path.Combine(TestFiles.RepositoryRoot, "examples", name);
    private static CampaignDefinition Load() => CampaignLoader.Load(Example("joint-production.yaml"), RepositoryCatalog.Value);

    [Fact]
    public void Example_loads_without_problems()
    {
        Assert.Empty(CampaignLoader.Validate(Example("joint-production.yaml"), RepositoryCatalog.Value));
    }

    [Fact]
    public void Seekers_come_from_one_partner_motors_and_airframes_from_the_other_assembly_from_both()
    {
        var c = Load();
        Assert.Equal(["fr", "ua"], c.Countries);
        string CountryMaking(string thing) => Assert.Single(c.Lines, l => l.Makes == thing).Country;
        Assert.Equal(["fr"], new[] { "seeker-lr", "seeker-sr" }.Select(CountryMaking).Distinct());
        Assert.Equal(["ua"], new[] { "motor-lr", "airframe-lr", "motor-sr", "airframe-sr" }.Select(CountryMaking).Distinct());
        var assemblyCountries = c.Lines.Where(l => c.Products.Any(p => p.Id == l.Makes && p.Kind == ProductKind.Interceptor)).Select(l => l.Country).Distinct().Order();
        Assert.Equal(["fr", "ua"], assemblyCountries);
        Assert.Equal(["aster-30", "crotale-vt1", "gepard-35mm", "mica"], c.Products.Select(p => p.InterceptorType!).Order());
    }

    [Fact]
    public void Fire_units_are_the_demo_scenarios_and_fire_its_interceptors()
    {
        var scenario = ScenarioLoader.Load(Example("kyiv-night-raid.yaml"), RepositoryCatalog.Value);
        var products = Load().Products.ToDictionary(p => p.Id);
        var units = Load().Logistics.FireUnits;
        Assert.Equal(scenario.FireUnits.Select(u => u.Id).Order(), units.Select(u => u.Id).Order());
        foreach (var unit in units)
            Assert.Equal(scenario.FireUnits.Single(u => u.Id == unit.Id).Interceptor.Id, products[unit.Product].InterceptorType);
    }

    [Fact]
    public void Outcome_table_covers_the_tempo_threats_and_fires_only_the_products_interceptors()
    {
        var c = Load();
        Assert.Equal(Example(Path.Combine("outcomes", "kyiv-night-raid.yaml")), c.OutcomesPath);
        var table = OutcomeTableFile.Read(c.OutcomesPath);
        Assert.Equal(c.Tempo.Select(t => t.Threat).Order(), table.Threats.Select(t => t.Threat).Order());
        var fired = table.Threats.SelectMany(t => t.Points).SelectMany(p => p.ShotsPerThreat.Keys).ToHashSet();
        Assert.Subset(c.Products.Select(p => p.InterceptorType!).ToHashSet(), fired);
    }

    [Fact]
    public void Tempo_cites_public_reporting_where_it_has_it()
    {
        var sources = Load().Sources;
        Assert.Contains("kyivindependent.com", sources["tempo.shahed-136"]);
        Assert.Contains("5,760", sources["tempo.shahed-136"]);
        Assert.StartsWith("notional", sources["tempo.kh-101"]);
        Assert.Contains("ukrinform.de", sources["products.gepard-35mm"]);
    }
}
