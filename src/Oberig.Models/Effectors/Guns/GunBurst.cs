using Oberig.Scenario.Catalog;

namespace Oberig.Models.Effectors.Guns;

/// <summary>
/// A radar-directed gun burst against a target at slant range s, from the round's <see cref="GunBallistics"/>:
/// <list type="bullet">
/// <item>time of flight with speed decaying as v(s) = v0 e^(−s/L): t(s) = (L / v0)(e^(s/L) − 1);</item>
/// <item>one round's hit probability on a target of presented area A (a disc of radius a = √(A/π)) centred in a
/// circular normal dispersion σ = dispersion × s: p = 1 − exp(−a² / 2σ²);</item>
/// <item>a burst of n rounds, independent: Pk = 1 − (1 − p · P(kill | hit))ⁿ.</item>
/// </list>
/// Independence overstates a burst's Pk when the fire-control error is shared by its rounds; the dispersion figure
/// lumps both, which is the usual first-order model (a stated simplification).
/// </summary>
public static class GunBurst
{
    /// <summary>Time of flight to slant range <paramref name="rangeM"/>, s; infinite when the round never gets there.</summary>
    public static double TimeOfFlight(GunBallistics gun, double muzzleVelocityMps, double rangeM)
    {
        ArgumentNullException.ThrowIfNull(gun);
        if (!(rangeM >= 0)) throw new ArgumentOutOfRangeException(nameof(rangeM), rangeM, "must be >= 0");
        double l = gun.VelocityDecayLengthM;
        return l / muzzleVelocityMps * double.ExpM1(rangeM / l);
    }

    /// <summary>Probability that one round hits a target of <paramref name="presentedAreaM2"/> at <paramref name="rangeM"/>.</summary>
    public static double HitProbability(GunBallistics gun, double presentedAreaM2, double rangeM)
    {
        ArgumentNullException.ThrowIfNull(gun);
        if (!(presentedAreaM2 > 0)) return 0;
        double sigma = gun.DispersionMrad * 1e-3 * Math.Max(rangeM, 1);
        return -double.ExpM1(-presentedAreaM2 / Math.PI / (2 * sigma * sigma));
    }

    /// <summary>Kill probability of a burst of <paramref name="rounds"/>.</summary>
    public static double BurstKillProbability(GunBallistics gun, double presentedAreaM2, double rangeM, int rounds)
    {
        if (rounds < 1) throw new ArgumentOutOfRangeException(nameof(rounds), rounds, "must be at least 1");
        double perRound = HitProbability(gun, presentedAreaM2, rangeM) * gun.KillGivenHit;
        return -double.ExpM1(rounds * double.LogP1(-perRound));
    }
}
