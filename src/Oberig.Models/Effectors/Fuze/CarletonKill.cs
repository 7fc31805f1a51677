namespace Oberig.Models.Effectors.Fuze;

/// <summary>
/// The Carleton (circular Gaussian) damage function Pk(m) = P0·exp(−m²/R²): smooth, with the same lethal area as a
/// cookie cutter of radius R and peak P0 (∫ P0·e^(−m²/R²)·2πm dm = P0·πR²), so the two agree on average against a
/// spread of misses and differ only in shape. At the lethal radius Pk = P0/e.
/// </summary>
/// <remarks>
/// Carleton's form, as used in weapons effectiveness methods (e.g. Driels, Weaponeering, ch. on damage functions);
/// the exponent is written here with the equal-lethal-area radius R rather than a standard deviation σ = R/√2.
/// </remarks>
public sealed class CarletonKill : IKillFunction
{
    private readonly double _peak, _inverseR2;

    /// <param name="lethalRadiusM">Equal-lethal-area radius R, m, > 0.</param>
    /// <param name="peakPk">Kill probability at zero miss, [0, 1].</param>
    public CarletonKill(double lethalRadiusM, double peakPk = 1)
    {
        KillFunctionChecks.Validate(lethalRadiusM, peakPk);
        LethalRadiusM = lethalRadiusM;
        _peak = peakPk;
        _inverseR2 = 1 / (lethalRadiusM * lethalRadiusM);
    }

    public double LethalRadiusM { get; }

    public double KillProbability(double missM)
    {
        KillFunctionChecks.ValidateMiss(missM);
        return double.IsPositiveInfinity(missM) ? 0 : _peak * Math.Exp(-missM * missM * _inverseR2);
    }
}
