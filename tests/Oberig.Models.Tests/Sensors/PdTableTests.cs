using Oberig.Models.Sensors;

namespace Oberig.Models.Tests.Sensors;

public class PdTableTests
{
    [Theory]
    [InlineData(1, SwerlingCase.Swerling1)]
    [InlineData(16, SwerlingCase.Swerling1)]
    [InlineData(32, SwerlingCase.Swerling0)]
    public void InterpolatedPdMatchesTheExactDetector(int pulses, SwerlingCase swerling)
    {
        var detector = new SquareLawDetector(1e-6, pulses);
        var table = new PdTable(detector, swerling);
        double worst = 0;
        for (double db = -19.99; db < 39.9; db += 0.0137)
            worst = Math.Max(worst, Math.Abs(table.Pd(Decibels.ToLinear(db)) - detector.Pd(Decibels.ToLinear(db), swerling)));
        Assert.True(worst < 1e-5, $"worst interpolation error {worst:E2}");
    }

    [Fact]
    public void OutsideTheGridPdIsClampedToItsEnds()
    {
        var detector = new SquareLawDetector(1e-6, 10);
        var table = new PdTable(detector, SwerlingCase.Swerling1);
        Assert.Equal(table.Pd(Decibels.ToLinear(-20)), table.Pd(1e-9));
        Assert.Equal(table.Pd(Decibels.ToLinear(-20)), table.Pd(0));
        Assert.True(table.Pd(Decibels.ToLinear(60)) > 0.999);
    }
}
