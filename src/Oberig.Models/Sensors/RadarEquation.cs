using Oberig.Scenario.Catalog;

namespace Oberig.Models.Sensors;

/// <summary>
/// The monostatic radar range equation for one pulse, reduced to the constant K of a radar so that
/// SNR = K σ / R⁴ (linear power ratio) costs two multiplications and a division per evaluation:
/// SNR = Pt G² λ² σ / ((4π)³ k T0 B F L R⁴).
/// </summary>
/// <remarks>
/// Assumptions: λ = c / f; a matched filter whose noise bandwidth is B = 1/τ (τ the transmitted pulse width, so any
/// pulse compression gain is already in τ: the energy Pt τ is what counts); one antenna for transmit and receive
/// (gain G both ways, target on the beam axis); receiver noise at the standard temperature T0 = 290 K scaled by the
/// noise figure F (antenna temperature and sky noise not modelled separately); all other losses (transmit, receive,
/// beam shape, scan, processing, atmosphere) lumped into L from <c>system_losses_db</c>; free-space propagation (no
/// multipath, no clutter, no jamming); the SNR is per pulse, before any integration. c = 299 792 458 m/s,
/// k = 1.380649e-23 J/K (exact SI values).
/// </remarks>
public readonly struct RadarEquation
{
    public const double SpeedOfLightMps = 299_792_458.0;
    public const double BoltzmannJPerK = 1.380649e-23;
    public const double StandardTemperatureK = 290.0;

    /// <summary>K = Pt G² λ² τ / ((4π)³ k T0 F L), in m⁴ per m² of RCS: SNR = K σ / R⁴.</summary>
    public double K { get; }

    public RadarEquation(double peakPowerW, double antennaGainDb, double frequencyHz, double pulseWidthS,
        double noiseFigureDb, double systemLossesDb)
    {
        double lambda = SpeedOfLightMps / frequencyHz;
        double gain = Decibels.ToLinear(antennaGainDb);
        double fourPiCubed = Math.Pow(4 * Math.PI, 3);
        K = peakPowerW * gain * gain * lambda * lambda * pulseWidthS
            / (fourPiCubed * BoltzmannJPerK * StandardTemperatureK * Decibels.ToLinear(noiseFigureDb + systemLossesDb));
    }

    /// <summary>The equation of a catalog radar type.</summary>
    public static RadarEquation For(SensorType sensor) => new(sensor.PeakPowerW, sensor.AntennaGainDb, sensor.FrequencyHz,
        sensor.PulseWidthS, sensor.NoiseFigureDb, sensor.SystemLossesDb);

    /// <summary>Single-pulse SNR (linear) of a target of RCS <paramref name="rcsM2"/> at slant range <paramref name="rangeM"/>.</summary>
    public double Snr(double rcsM2, double rangeM)
    {
        double r2 = rangeM * rangeM;
        return K * rcsM2 / (r2 * r2);
    }

    /// <summary>Single-pulse SNR in dB.</summary>
    public double SnrDb(double rcsM2, double rangeM) => Decibels.FromLinear(Snr(rcsM2, rangeM));

    /// <summary>The slant range (m) at which the single-pulse SNR equals <paramref name="snr"/> (linear): (K σ / SNR)^¼.</summary>
    public double RangeM(double rcsM2, double snr) => Math.Sqrt(Math.Sqrt(K * rcsM2 / snr));

    /// <summary>As <see cref="RangeM"/> with the SNR in dB.</summary>
    public double RangeForSnrDbM(double rcsM2, double snrDb) => RangeM(rcsM2, Decibels.ToLinear(snrDb));
}
