using System.Text.Json;
using Oberig.Campaign.Outcomes;

namespace Oberig.Campaign.Tests.Outcomes;

/// <summary>One night with a chosen raid and stocks, as the campaign checks its tables against the engine.</summary>
public class RunNightTests
{
    private static readonly Dictionary<string, int> FullRaid = new() { ["test-drone"] = 12, ["test-ballistic"] = 2 };

    [Fact]
    public void AFireUnitWithNoRoundsFiresNothingWhileTheOthersStillFight()
    {
        var full = OutcomeFitter.RunNight(FitScenarios.Defended, FullRaid, null, 5, 0);
        var dry = OutcomeFitter.RunNight(FitScenarios.Defended, FullRaid, new Dictionary<string, int> { ["sam-1"] = 0 }, 5, 0);
        Assert.True(full.RoundsFired("test-missile") > 0);
        Assert.Equal(0, dry.RoundsFired("test-missile"));
        Assert.All(dry.Threats, t => Assert.Equal(0, t.KillsBy["test-missile"]));
        Assert.True(dry.RoundsFired("test-gun-round") > 0);
        Assert.True(dry.Threats.Sum(t => t.Leaked) > full.Threats.Sum(t => t.Leaked));
    }

    [Fact]
    public void LimitedRoundsCapWhatAUnitFires()
    {
        var night = OutcomeFitter.RunNight(FitScenarios.Defended, FullRaid, new Dictionary<string, int> { ["sam-1"] = 3, ["gun-1"] = 40 }, 5, 1);
        Assert.InRange(night.RoundsFired("test-missile"), 1, 3);
        Assert.InRange(night.RoundsFired("test-gun-round"), 20, 40);
    }

    [Fact]
    public void TheNightLaunchesExactlyTheRequestedRaid()
    {
        var night = OutcomeFitter.RunNight(FitScenarios.Defended, new Dictionary<string, int> { ["test-drone"] = 7 }, null, 5, 0);
        Assert.Equal(7, night.Threats.Single(t => t.Threat == "test-drone").Launched);
        Assert.Equal(0, night.Threats.Single(t => t.Threat == "test-ballistic").Launched); // not asked for: none
    }

    [Fact]
    public void TheScenariosOwnRaidGivesTheSameNightAsTheFitAtScaleOne()
    {
        var fitted = FitScenarios.Fitted.Value.Nights[1][2].Counts; // scale 1, replication 2, seed 5
        var night = OutcomeFitter.RunNight(FitScenarios.Defended, FullRaid, null, 5, 2);
        Assert.Equal(JsonSerializer.Serialize(fitted), JsonSerializer.Serialize(night));
    }

    [Fact]
    public void UnknownThreatTypesAndFireUnitsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => OutcomeFitter.RunNight(FitScenarios.Defended, new Dictionary<string, int> { ["kh-101"] = 3 }, null, 5, 0));
        Assert.Throws<ArgumentException>(() => OutcomeFitter.RunNight(FitScenarios.Defended, FullRaid, new Dictionary<string, int> { ["sam-9"] = 3 }, 5, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeFitter.RunNight(FitScenarios.Defended, FullRaid, new Dictionary<string, int> { ["sam-1"] = -1 }, 5, 0));
    }
}
