using Oberig.Core.Time;

namespace Oberig.Core.Tests;

public class SimTimeTests
{
    [Fact]
    public void StepTimesDoNotAccumulateRounding()
    {
        // 0.1 s added 36,000 times drifts in floating point; computing each instant from its step index does not.
        var step = SimDuration.FromSeconds(0.1);
        Assert.Equal(3600.0, SimTime.FromStep(36_000, step).Seconds, 12);
        Assert.Equal(SimDuration.FromSeconds(5), SimTime.FromSeconds(7) - SimTime.FromSeconds(2));
    }
}
