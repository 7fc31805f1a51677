using Oberig.BattleManagement.Assignment;

namespace Oberig.BattleManagement.Tests.Assignment;

public sealed class WtaGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_instance_and_another_seed_another()
    {
        var a = WtaGenerator.Generate(5, 9, 2, seed: 42);
        var b = WtaGenerator.Generate(5, 9, 2, seed: 42);
        var c = WtaGenerator.Generate(5, 9, 2, seed: 43);
        Assert.Equal(a.Values, b.Values);
        Assert.Equal(a.Probabilities, b.Probabilities);
        Assert.NotEqual(a.Probabilities, c.Probabilities);
    }

    [Fact]
    public void Values_and_probabilities_fill_the_stated_ranges()
    {
        var w = WtaGenerator.Generate(60, 120, 3, seed: 1);
        Assert.All(w.Values, v => Assert.InRange(v, WtaGenerator.MinValue, WtaGenerator.MaxValue));
        Assert.All(w.Probabilities, p => Assert.InRange(p, WtaGenerator.MinProbability, WtaGenerator.MaxProbability));
        Assert.All(w.Available, a => Assert.Equal(3, a));
        // Uniform: the means sit near the middles of the ranges (7,200 probabilities, 120 values).
        Assert.InRange(w.Probabilities.Average(), 0.74, 0.76);
        Assert.InRange(w.Values.Average(), 55, 70);
    }
}
