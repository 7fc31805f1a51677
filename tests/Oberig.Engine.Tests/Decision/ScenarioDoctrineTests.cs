using System.Text.Json.Nodes;
using Oberig.BattleManagement.Assignment.Solvers;
using Oberig.BattleManagement.Doctrine;
using Oberig.Engine.Decision;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Model;

namespace Oberig.Engine.Tests.Decision;

public class ScenarioDoctrineTests
{
    [Fact]
    public void EachSettingGivenReplacesTheDefaultAndTheRestStay()
    {
        var baseline = BattleManager.EngineDoctrine;
        var settings = new DoctrineSettings
        {
            Firing = FiringRule.ShootShoot,
            Salvo = new ThreatClassCounts { Ballistic = 3 },
            Reserve = new SystemKindCounts { Gun = 2 },
            ReserveValueEur = 5e7,
        };
        var d = ScenarioDoctrine.Apply(baseline, settings);
        Assert.Equal(FiringDoctrine.ShootShoot, d.Firing);
        Assert.Equal(3, d.SalvoSize.Ballistic);
        Assert.Equal(baseline.SalvoSize.Cruise, d.SalvoSize.Cruise);
        Assert.Equal(baseline.CostWeight, d.CostWeight);
        Assert.Equal(2, d.ReserveFor(SystemKind.Gun));
        Assert.Equal(baseline.ReserveFor(SystemKind.LongRangeSam), d.ReserveFor(SystemKind.LongRangeSam));
        Assert.Equal(5e7, d.ReserveValueThresholdEur);
        Assert.Same(baseline, ScenarioDoctrine.Apply(baseline, null));
    }

    [Fact]
    public void TheScenarioSchemaNamesExactlyTheRegisteredSolvers()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(CatalogScenarios.Root(), "schema", "scenario.schema.json")))!;
        var names = schema["$defs"]!["battleManagement"]!["properties"]!["solver"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).Order();
        Assert.Equal(WtaSolvers.Names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public void TheBattleManagerTakesTheScenariosSolverAndPeriod()
    {
        var scenario = TestScenarios.Raid(1, 0) with
        {
            BattleManagement = new BattleManagementSettings { Solver = "exact", DecisionPeriodS = 5 },
        };
        var manager = new BattleManager(World.WorldBuilder.Build(scenario, 1, 0));
        Assert.Equal(5, manager.DecisionPeriodS);
        Assert.Equal(BattleManager.DefaultDecisionPeriodS, new BattleManager(World.WorldBuilder.Build(scenario with { BattleManagement = null }, 1, 0)).DecisionPeriodS);
    }
}
