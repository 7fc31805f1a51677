namespace Oberig.Models.Effectors.Fuze;

/// <summary>
/// The fuze-and-warhead role: the probability that one interceptor kills its target given the miss distance at
/// closest approach. Chosen per interceptor type; implementations are immutable and validated at construction.
/// </summary>
public interface IKillFunction
{
    /// <summary>The warhead's lethal radius, m: the scale of the function (its edge for a cookie cutter).</summary>
    double LethalRadiusM { get; }

    /// <summary>Kill probability at the miss distance, in [0, 1]; non-increasing in the miss.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The miss is negative or not a number.</exception>
    double KillProbability(double missM);
}

internal static class KillFunctionChecks
{
    public static void Validate(double lethalRadiusM, double peakPk)
    {
        if (!(lethalRadiusM > 0 && double.IsFinite(lethalRadiusM)))
            throw new ArgumentOutOfRangeException(nameof(lethalRadiusM), lethalRadiusM, $"the lethal radius must be finite and > 0 m (is {lethalRadiusM})");
        if (!(peakPk >= 0 && peakPk <= 1))
            throw new ArgumentOutOfRangeException(nameof(peakPk), peakPk, $"the kill probability at zero miss must be in [0, 1] (is {peakPk})");
    }

    public static void ValidateMiss(double missM)
    {
        if (!(missM >= 0))
            throw new ArgumentOutOfRangeException(nameof(missM), missM, $"a miss distance is >= 0 m (is {missM})");
    }
}
