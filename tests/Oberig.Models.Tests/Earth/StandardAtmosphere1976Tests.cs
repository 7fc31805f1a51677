using Oberig.Models.Earth;

namespace Oberig.Models.Tests.Earth;

public class StandardAtmosphere1976Tests
{
    // U.S. Standard Atmosphere 1976 (NOAA-S/T 76-1562), Table I, density at geometric height.
    [Theory]
    [InlineData(0, 1.2250)]
    [InlineData(5_000, 7.3643e-1)]
    [InlineData(11_000, 3.6480e-1)]
    [InlineData(20_000, 8.8910e-2)]
    [InlineData(32_000, 1.3555e-2)]
    [InlineData(50_000, 1.0269e-3)]
    [InlineData(70_000, 8.2829e-5)]
    [InlineData(86_000, 6.958e-6)]
    [InlineData(100_000, 5.604e-7)]
    public void DensityMatchesThe1976Table(double heightM, double expected) =>
        Assert.Equal(expected, StandardAtmosphere1976.Density(heightM), expected * 0.005);
}
