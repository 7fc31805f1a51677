namespace Oberig.Models.Earth;

/// <summary>
/// Air density, temperature and speed of sound of the U.S. Standard Atmosphere, 1976 (NOAA-S/T 76-1562, NASA-TM-X-74335), from its seven
/// geopotential layers to 84.852 km geopotential (86 km geometric). Above 86 km, where the 1976 model is no
/// longer a simple layer model, the density decays exponentially with the scale height that joins the table values at
/// 86 km (6.958e-6 kg/m³) and 100 km (5.604e-7 kg/m³); drag there is negligible for missiles.
/// </summary>
public static class StandardAtmosphere1976
{
    /// <summary>Effective Earth radius for the geopotential height conversion, m (1976 standard).</summary>
    public const double R0 = 6_356_766.0;
    /// <summary>Specific gas constant of dry air, R*/M0 = 8314.32 / 28.9644, J/(kg·K).</summary>
    public const double Rair = 8314.32 / 28.9644;
    /// <summary>g0·M0/R* (1976), K/m: the hydrostatic constant.</summary>
    private const double G0OverR = 9.80665 / Rair;

    // Layer bases: geopotential height (m), temperature (K), pressure (Pa), lapse rate (K/m). Table 4 of the standard.
    // Read-only tables (never written): arrays rather than span properties, which would allocate on every call.
    private static readonly double[] BaseH = [0, 11_000, 20_000, 32_000, 47_000, 51_000, 71_000];
    private static readonly double[] BaseT = [288.15, 216.65, 216.65, 228.65, 270.65, 270.65, 214.65];
    private static readonly double[] BaseP = [101_325.0, 22_632.06, 5_474.889, 868.0187, 110.9063, 66.93887, 3.956420];
    private static readonly double[] Lapse = [-0.0065, 0.0, 0.001, 0.0028, 0.0, -0.0028, -0.002];

    private const double Rho86Km = 6.958e-6;
    private const double Rho100Km = 5.604e-7;
    private const double ScaleHeightAbove86Km = 14_000.0 / 2.5190; // ln(6.958e-6 / 5.604e-7) = 2.5190

    /// <summary>Ratio of specific heats of dry air, 1.4 (1976 standard).</summary>
    public const double Gamma = 1.4;
    /// <summary>Kinetic temperature at 86 km geometric, K: held above 86 km, where only the speed of sound uses it.</summary>
    private const double T86Km = 186.8673;

    /// <summary>Density at <paramref name="geometricHeightM"/> above mean sea level, kg/m³ (sea-level values below 0 m).</summary>
    public static double Density(double geometricHeightM)
    {
        double z = geometricHeightM < 0 ? 0 : geometricHeightM;
        if (z >= 86_000) return Rho86Km * Math.Exp(-(z - 86_000) / ScaleHeightAbove86Km);
        Layer(z, out double t, out double p);
        return p / (Rair * t);
    }

    /// <summary>
    /// Temperature at <paramref name="geometricHeightM"/>, K (sea-level value below 0 m; the 86 km value, 186.87 K,
    /// above 86 km, a stand-in where the 1976 model's upper layers begin and missiles fly near vacuum).
    /// </summary>
    public static double Temperature(double geometricHeightM)
    {
        double z = geometricHeightM < 0 ? 0 : geometricHeightM;
        if (z >= 86_000) return T86Km;
        Layer(z, out double t, out _);
        return t;
    }

    /// <summary>Speed of sound √(γ·R·T) at <paramref name="geometricHeightM"/>, m/s.</summary>
    public static double SpeedOfSound(double geometricHeightM) => Math.Sqrt(Gamma * Rair * Temperature(geometricHeightM));

    /// <summary>Temperature and pressure of the layer model at geometric height <paramref name="z"/> in [0, 86 km).</summary>
    private static void Layer(double z, out double t, out double p)
    {
        double h = R0 * z / (R0 + z);
        int i = 6;
        while (i > 0 && h < BaseH[i]) i--;
        double tb = BaseT[i], pb = BaseP[i], lapse = Lapse[i], dh = h - BaseH[i];
        if (lapse == 0)
        {
            t = tb;
            p = pb * Math.Exp(-G0OverR * dh / tb);
        }
        else
        {
            t = tb + lapse * dh;
            p = pb * Math.Pow(tb / t, G0OverR / lapse);
        }
    }

    /// <summary>The 1976 table density at 100 km, for tests and documentation.</summary>
    public const double DensityAt100Km = Rho100Km;
}
