namespace Oberig.Models.Sensors;

/// <summary>Power ratios in decibels: 10 log10.</summary>
public static class Decibels
{
    public static double ToLinear(double db) => Math.Pow(10, db / 10);

    public static double FromLinear(double ratio) => 10 * Math.Log10(ratio);
}
