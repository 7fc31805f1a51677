namespace Oberig.Campaign.OrTools;

/// <summary>
/// A lead time of whole days seen in periods of <c>P</c> days (a month, or a part of one). Work started evenly over
/// period h's days and finished <c>days</c> later finishes evenly over [h·P + days, (h+1)·P + days): a share 1 − r of
/// it in period h + ⌊days/P⌋ and r in the period after, r = days/P − ⌊days/P⌋. That is the exact expected split for
/// evenly spread starts, not a rounding; what it loses is the order within a period (see <see cref="FundingMip"/>).
/// </summary>
internal readonly record struct PeriodLag(int Periods, double Later)
{
    public static PeriodLag Of(double days, double daysPerPeriod)
    {
        double q = Math.Max(days, 0) / daysPerPeriod;
        int whole = (int)Math.Floor(q + 1e-12);
        return new PeriodLag(whole, Math.Max(q - whole, 0));
    }

    /// <summary>The share of period <paramref name="start"/>'s work that finishes in period <paramref name="period"/>.</summary>
    public double Share(int start, int period) =>
        period == start + Periods ? 1 - Later : period == start + Periods + 1 ? Later : 0;

    /// <summary>Units in work at day 0 finishing in each period, exactly as the simulation schedules them (evenly over
    /// the first lead time: unit k on day ⌊(k+1)·lead/W⌋ − 1).</summary>
    public static double[] WorkInProgress(int units, int leadTimeDays, double daysPerPeriod, int periods)
    {
        var byPeriod = new double[periods];
        for (int k = 0; k < units; k++)
        {
            int day = leadTimeDays <= 0 ? 0 : Math.Max((int)((k + 1.0) * leadTimeDays / units) - 1, 0);
            int period = (int)Math.Floor(day / daysPerPeriod + 1e-12);
            if (period < periods) byPeriod[period]++;
        }
        return byPeriod;
    }
}
