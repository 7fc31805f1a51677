using Oberig.Scenario.Catalog;

namespace Oberig.Models.Tests.Sensors;

internal static class TestSensors
{
    private static readonly Dictionary<string, string> Notional = new() { ["all"] = "notional (test)" };

    /// <summary>A round-numbered radar for hand computation: 1 MW, 30 dB, 3 GHz (λ ≈ 0.1 m), 1 µs, F = L = 0 dB.</summary>
    public static SensorType Simple(double antennaHeightM = 10) => new()
    {
        Id = "test-radar", Name = "test radar", Kind = SensorKind.Surveillance, InstrumentedRangeM = 150_000,
        PeakPowerW = 1e6, AntennaGainDb = 30, FrequencyHz = 3e9, PulseWidthS = 1e-6, NoiseFigureDb = 0,
        SystemLossesDb = 0, PulsesPerDwell = 10, ScanPeriodS = 10, MinElevationDeg = -1, MaxElevationDeg = 30,
        AntennaHeightM = antennaHeightM, MaxTracks = 100, RangeAccuracyM = 20, AzimuthAccuracyDeg = 0.1,
        ElevationAccuracyDeg = 0.2, Sources = Notional,
    };

    /// <summary>The repository's catalog/.</summary>
    public static CatalogSet Catalog { get; } = CatalogLoader.Load(FindCatalog());

    private static string FindCatalog()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Oberig.slnx"))) return Path.Combine(dir.FullName, "catalog");
        throw new InvalidOperationException("repository root (Oberig.slnx) not found");
    }
}
