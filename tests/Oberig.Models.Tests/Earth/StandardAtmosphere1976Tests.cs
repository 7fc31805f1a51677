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

    // U.S. Standard Atmosphere 1976, Table I: kinetic temperature and speed of sound at geometric height.
    [Theory]
    [InlineData(0, 288.150, 340.294)]
    [InlineData(5_000, 255.676, 320.545)]
    [InlineData(10_000, 223.252, 299.532)]
    [InlineData(20_000, 216.650, 295.069)]
    [InlineData(30_000, 226.509, 301.709)]
    [InlineData(50_000, 270.650, 329.799)]
    [InlineData(80_000, 198.639, 282.543)]
    public void TemperatureAndSpeedOfSoundMatchThe1976Table(double heightM, double kelvin, double speedMps)
    {
        Assert.Equal(kelvin, StandardAtmosphere1976.Temperature(heightM), 0.01);
        Assert.Equal(speedMps, StandardAtmosphere1976.SpeedOfSound(heightM), 0.01);
    }

    [Fact]
    public void AboveTheTableTheSpeedOfSoundStaysFinite()
    {
        Assert.Equal(StandardAtmosphere1976.SpeedOfSound(86_000), StandardAtmosphere1976.SpeedOfSound(300_000));
        Assert.Equal(340.294, StandardAtmosphere1976.SpeedOfSound(-500), 0.01);
    }
}
