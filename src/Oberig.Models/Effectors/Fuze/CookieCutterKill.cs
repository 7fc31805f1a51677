namespace Oberig.Models.Effectors.Fuze;

/// <summary>The cookie cutter: the peak kill probability inside the lethal radius (edge included), zero outside.</summary>
public sealed class CookieCutterKill : IKillFunction
{
    private readonly double _peak;

    /// <param name="lethalRadiusM">Lethal radius, m, > 0.</param>
    /// <param name="peakPk">Kill probability inside the radius, [0, 1]; 1 unless the warhead can fail on a hit.</param>
    public CookieCutterKill(double lethalRadiusM, double peakPk = 1)
    {
        KillFunctionChecks.Validate(lethalRadiusM, peakPk);
        LethalRadiusM = lethalRadiusM;
        _peak = peakPk;
    }

    public double LethalRadiusM { get; }

    public double KillProbability(double missM)
    {
        KillFunctionChecks.ValidateMiss(missM);
        return missM <= LethalRadiusM ? _peak : 0;
    }
}
