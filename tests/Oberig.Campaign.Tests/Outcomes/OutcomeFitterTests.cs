using System.Text.Json;
using Oberig.Campaign.Outcomes;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.Tests.Outcomes;

/// <summary>The fitted table against the engine's own accounting, saturation, and determinism.</summary>
public class OutcomeFitterTests
{
    private static OutcomeTable Table => FitScenarios.Fitted.Value.Table;
    private static IReadOnlyList<FittedNight[]> Nights => FitScenarios.Fitted.Value.Nights;

    [Fact]
    public void EveryNightsCrossCountsAddUpToTheEnginesOwnResult()
    {
        foreach (var night in Nights.SelectMany(n => n))
        {
            var (outcome, engine) = (night.Counts, night.Engine);
            foreach (var spent in engine.Interceptors)
                Assert.Equal(spent.Fired, outcome.RoundsFired(spent.InterceptorType));
            foreach (var t in engine.Threats)
            {
                var mine = outcome.Threats.Single(x => x.Threat == t.ThreatType);
                Assert.Equal(t.Launched, mine.Launched);
                Assert.Equal(t.Leaked, mine.Leaked);
                Assert.Equal(t.Destroyed, mine.Destroyed);
                Assert.Equal(t.Destroyed, mine.KillsBy.Values.Sum());
            }
            Assert.Equal(engine.TotalDamage, outcome.Threats.Sum(t => t.Damage), 9);
        }
    }

    [Fact]
    public void TheDefenceReallyFoughtWithEveryInterceptorType()
    {
        // Without this, the reconciliation above could pass on nights where nothing fired.
        var scaleOne = Nights[1];
        Assert.All(scaleOne, n => Assert.True(n.Counts.RoundsFired("test-missile") > 0 && n.Counts.RoundsFired("test-gun-round") > 0));
        Assert.Contains(scaleOne, n => n.Counts.Threats.Single(t => t.Threat == "test-ballistic").RoundsFiredBy["test-missile"] > 0);
    }

    [Fact]
    public void AGunIsChargedItsRoundsNotItsBursts()
    {
        // The fixture gun fires bursts of 20 rounds (catalog burst_rounds).
        var gunRounds = Nights.SelectMany(n => n).Select(n => n.Counts.RoundsFired("test-gun-round")).ToList();
        Assert.Contains(gunRounds, r => r > 0);
        Assert.All(gunRounds, r => Assert.Equal(0, r % 20));
    }

    [Fact]
    public void TheTablesRatesTimesTheRaidGiveTheEnginesMeanCounts()
    {
        var scales = Table.Threats[0].Points.Select(p => p.Scale).ToList();
        Assert.Equal([0.5, 1, 2, 4], scales);
        for (int s = 0; s < scales.Count; s++)
        {
            var nights = Nights[s];
            // Every threat launches in this scenario, so launched is the same every night and rates scale back exactly.
            double Launched(string type) => nights[0].Counts.Threats.Single(t => t.Threat == type).Launched;
            foreach (var spent in nights[0].Engine.Interceptors.Select(i => i.InterceptorType))
            {
                double atThreats = Table.Threats.Sum(t => t.Points[s].ShotsPerThreat[spent] * Launched(t.Threat));
                double engineMean = nights.Average(n => n.Engine.Interceptors.Single(i => i.InterceptorType == spent).Fired - n.Counts.RoundsAtNoThreat[spent]);
                Assert.Equal(engineMean, atThreats, 6);
            }
            foreach (var t in Table.Threats)
            {
                var engine = nights.Select(n => n.Engine.Threats.Single(x => x.ThreatType == t.Threat)).ToList();
                Assert.Equal(engine.Average(e => e.Destroyed), t.Points[s].KillsPerThreat.Values.Sum() * Launched(t.Threat), 6);
                Assert.Equal(engine.Average(e => e.Leaked), t.Points[s].LeakFraction * Launched(t.Threat), 6);
            }
        }
    }

    [Fact]
    public void FalseTrackRoundsAreTheNightsMeanRoundsAtNoThreatPerScale()
    {
        Assert.Equal(Table.Threats[0].Points.Select(p => p.Scale), Table.FalseTrackRounds.Select(p => p.Scale));
        for (int s = 0; s < Nights.Count; s++)
            foreach (var spent in Nights[s][0].Engine.Interceptors.Select(i => i.InterceptorType))
            {
                // The engine's rounds fired less those at threats: what no threat type accounts for.
                double engine = Nights[s].Average(n => n.Engine.Interceptors.Single(i => i.InterceptorType == spent).Fired
                    - n.Counts.Threats.Sum(t => t.RoundsFiredBy[spent]));
                Assert.Equal(engine, Table.FalseTrackRounds[s].RoundsPerNight[spent], 9);
            }
    }

    [Fact]
    public void DamagePerLeakerIsTheValueLeakersDestroyedOverAllNights()
    {
        var all = Nights.SelectMany(n => n).ToList();
        foreach (var t in Table.Threats)
        {
            var mine = all.Select(n => n.Counts.Threats.Single(x => x.Threat == t.Threat)).ToList();
            Assert.Equal(mine.Sum(n => n.Damage) / mine.Sum(n => n.Leaked), t.DamagePerLeaker, 9);
        }
        // Euros: the city is worth EUR 1e7 per value unit; the plant gives no value_eur, so its losses cost no euros.
        foreach (var n in all)
        {
            double eur = n.Engine.Assets.Single(a => a.AssetId == "city").ValueLost * 1e7;
            Assert.Equal(eur, n.Counts.Threats.Sum(t => t.DamageEur), 3);
        }
        Assert.All(Table.Threats, t => Assert.True(t.DamageEurPerLeaker > 0, $"{t.Threat}: no EUR damage"));
    }

    [Fact]
    public void ABiggerRaidSaturatesTheDefenceAndLeaksMore()
    {
        var drones = Table.Threats.Single(t => t.Threat == "test-drone").Points;
        for (int i = 1; i < drones.Count; i++)
            Assert.True(drones[i].LeakFraction >= drones[i - 1].LeakFraction - 0.05,
                $"leak fell from {drones[i - 1].LeakFraction:0.00} at x{drones[i - 1].Scale} to {drones[i].LeakFraction:0.00} at x{drones[i].Scale}");
        Assert.True(drones[^1].LeakFraction > drones[1].LeakFraction + 0.3, $"x1 {drones[1].LeakFraction:0.00}, x4 {drones[^1].LeakFraction:0.00}");
        // The battery's ten rounds are spread over more threats: fewer shots per threat.
        Assert.True(drones[^1].ShotsPerThreat["test-missile"] < drones[1].ShotsPerThreat["test-missile"]);
    }

    [Fact]
    public void TheTableRecordsItsProvenanceAndTheBaselineRaid()
    {
        Assert.Equal("Fit test night", Table.Scenario);
        Assert.Equal(5UL, Table.Seed); // the scenario's settings.seed when none is given
        Assert.Equal(3, Table.Replications);
        Assert.Equal(12, Table.BaselineRaid["test-drone"]);
        Assert.Equal(2, Table.BaselineRaid["test-ballistic"]);
        Assert.Equal(["test-ballistic", "test-drone"], Table.Threats.Select(t => t.Threat));
    }

    [Fact]
    public void TheTableDoesNotDependOnTheThreadCount()
    {
        var options = new OutcomeFitOptions { Scales = [1, 2], Replications = 2, Seed = 3 };
        var one = OutcomeFitter.Fit(FitScenarios.Defended, options with { Threads = 1 });
        var three = OutcomeFitter.Fit(FitScenarios.Defended, options with { Threads = 3 });
        Assert.Equal(JsonSerializer.Serialize(one), JsonSerializer.Serialize(three));
        // And the seed matters: a test of equality that any two fits would pass proves nothing.
        var other = OutcomeFitter.Fit(FitScenarios.Defended, options with { Threads = 2, Seed = 4 });
        Assert.NotEqual(JsonSerializer.Serialize(one), JsonSerializer.Serialize(other));
    }

    [Fact]
    public void OptionsRejectScalesTheFitterCannotRun()
    {
        Assert.Throws<ArgumentException>(() => new OutcomeFitOptions { Scales = [] }.Validated());
        Assert.Throws<ArgumentOutOfRangeException>(() => new OutcomeFitOptions { Scales = [1, -2] }.Validated());
        Assert.Throws<ArgumentException>(() => new OutcomeFitOptions { Scales = [1, 2, 1] }.Validated());
        Assert.Throws<ArgumentOutOfRangeException>(() => new OutcomeFitOptions { Replications = 0 }.Validated());
        Assert.Equal([0.5, 2, 3], new OutcomeFitOptions { Scales = [3, 0.5, 2] }.Validated().Scales);
    }
}
