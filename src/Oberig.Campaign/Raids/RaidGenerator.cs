using Oberig.Campaign.Random;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.Raids;

/// <summary>
/// Draws each night's raid: per threat type a count with the tempo's mean, grown by its monthly trend (compounding),
/// multiplied on a massed-raid night, dispersed as the tempo says (Poisson, or negative binomial). Its own stream, so
/// every plan evaluated with the same seed meets the same raids (common random numbers).
/// </summary>
internal sealed class RaidGenerator(IReadOnlyList<RaidTempo> tempo, Draw draw)
{
    /// <summary>The mean count of type <paramref name="k"/> on a night of month <paramref name="month"/> before any
    /// massed raid.</summary>
    public double MeanPerDay(int k, int month) => tempo[k].MeanPerDay * Math.Pow(1 + tempo[k].TrendPerMonth, month);

    /// <summary>Fills <paramref name="counts"/> (by tempo entry) with tonight's raid.</summary>
    public void Night(int month, int[] counts)
    {
        for (int k = 0; k < tempo.Count; k++)
        {
            // The massed-raid draw is taken whatever its probability, so one type's settings never shift another's draws.
            bool massed = draw.Uniform() < tempo[k].MassedRaidProbabilityPerDay;
            double mean = MeanPerDay(k, month) * (massed ? tempo[k].MassedRaidMultiplier : 1);
            counts[k] = draw.Count(mean, tempo[k].Dispersion);
        }
    }
}
