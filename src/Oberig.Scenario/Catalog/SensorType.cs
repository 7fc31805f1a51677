namespace Oberig.Scenario.Catalog;

public enum SensorKind { Surveillance, FireControl }

/// <summary>A radar class from catalog/sensors.yaml (radar-equation parameters, coverage, accuracy). SI units.</summary>
public sealed record SensorType
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required SensorKind Kind { get; init; }
    public required double InstrumentedRangeM { get; init; }
    public required double PeakPowerW { get; init; }
    public required double AntennaGainDb { get; init; }
    public required double FrequencyHz { get; init; }
    public required double PulseWidthS { get; init; }
    public required double NoiseFigureDb { get; init; }
    public required double SystemLossesDb { get; init; }
    public required int PulsesPerDwell { get; init; }
    public required double ScanPeriodS { get; init; }
    public required double MinElevationDeg { get; init; }
    public required double MaxElevationDeg { get; init; }
    public required double AntennaHeightM { get; init; }
    public required int MaxTracks { get; init; }
    public required double RangeAccuracyM { get; init; }
    public required double AzimuthAccuracyDeg { get; init; }
    public required double ElevationAccuracyDeg { get; init; }
    /// <summary>Pulse-compressed bandwidth, Hz; null means no compression (B = 1/pulse width).</summary>
    public double? BandwidthHz { get; init; }
    /// <summary>Probability of false alarm per resolution cell per scan; null means the default 1e-6.</summary>
    public double? FalseAlarmProbability { get; init; }
    public required IReadOnlyDictionary<string, string> Sources { get; init; }

    public const double DefaultFalseAlarmProbability = 1e-6;

    /// <summary>The false-alarm probability in force: the catalog's, or the default. (A method: records are serialised.)</summary>
    public double PfaOrDefault() => FalseAlarmProbability ?? DefaultFalseAlarmProbability;
}
