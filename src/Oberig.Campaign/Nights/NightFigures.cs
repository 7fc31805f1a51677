using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.Nights;

/// <summary>
/// The outcome table read at one raid scale, per threat type (tempo order) and product (campaign order): interceptors
/// wanted and threats killed per threat launched, kills by interceptor types no product names (not stocked, so never
/// short), and the share of survivors that leak. Between the table's scales it interpolates linearly; below the
/// smallest the smallest holds; above the largest the night's shots and kills stay at the largest raid's (its channels
/// and launchers are the limit), so per threat they fall as largest scale / x. Shared by the night resolver and the
/// optimiser's expected-value model, so both read the table the same way.
/// </summary>
public sealed class NightFigures
{
    private readonly ThreatOutcomeFit[] _fits;
    private readonly string?[] _interceptorOfProduct;

    public NightFigures(OutcomeTable table, IReadOnlyList<RaidTempo> tempo, IReadOnlyList<ProductDefinition> products)
    {
        ArgumentNullException.ThrowIfNull(table);
        _fits = new ThreatOutcomeFit[tempo.Count];
        for (int t = 0; t < tempo.Count; t++)
            _fits[t] = table.Threats.FirstOrDefault(f => f.Threat == tempo[t].Threat)
                ?? throw new ArgumentException($"the outcome table (fitted from '{table.Scenario}') has no threat type '{tempo[t].Threat}'");
        _interceptorOfProduct = [.. products.Select(p => p.InterceptorType)];
        BaselineThreats = Math.Max(table.BaselineRaid.Values.Sum(), 1e-9);
        Shots = new double[tempo.Count, products.Count];
        Kills = new double[tempo.Count, products.Count];
        UntrackedKills = new double[tempo.Count];
        SurvivorLeak = new double[tempo.Count];
        _falseTracks = table.FalseTrackRounds;
        _falseTrackScales = [.. _falseTracks.Select(f => f.Scale)];
        _scales = [.. _fits.Select(f => f.Points.Select(p => p.Scale).ToArray())];
        FalseTrackRounds = new double[products.Count];
    }

    private readonly IReadOnlyList<FalseTrackPoint> _falseTracks;
    // The points' scales, per threat type and for false tracks, read once: At runs every night of every replication.
    private readonly double[] _falseTrackScales;
    private readonly double[][] _scales;

    /// <summary>Threats in the table's representative raid (scale 1).</summary>
    public double BaselineThreats { get; }
    public int ThreatTypes => _fits.Length;
    public int Products => _interceptorOfProduct.Length;
    public double DamagePerLeaker(int threat) => _fits[threat].DamagePerLeaker;
    public double DamageEurPerLeaker(int threat) => _fits[threat].DamageEurPerLeaker;
    /// <summary>[threat, product]: interceptors wanted per threat launched.</summary>
    public double[,] Shots { get; }
    /// <summary>[threat, product]: threats killed per threat launched.</summary>
    public double[,] Kills { get; }
    public double[] UntrackedKills { get; }
    public double[] SurvivorLeak { get; }
    /// <summary>[product]: rounds fired in the night at false tracks (interpolated between scales, held beyond them:
    /// false tracks come from the radars, not from the raid).</summary>
    public double[] FalseTrackRounds { get; }

    /// <summary>Reads the table at raid scale <paramref name="x"/> (threats tonight / <see cref="BaselineThreats"/>).</summary>
    public void At(double x)
    {
        for (int t = 0; t < _fits.Length; t++)
        {
            var points = _fits[t].Points;
            var (l, h, f) = Bracket(_scales[t], x);
            var (lo, hi) = (points[l], points[h]);
            double throttle = x > points[^1].Scale ? points[^1].Scale / x : 1;
            double tracked = 0;
            for (int p = 0; p < _interceptorOfProduct.Length; p++)
            {
                string? id = _interceptorOfProduct[p];
                double shots = id is null ? 0 : Lerp(lo.ShotsPerThreat.GetValueOrDefault(id), hi.ShotsPerThreat.GetValueOrDefault(id), f);
                double kills = id is null ? 0 : Lerp(lo.KillsPerThreat.GetValueOrDefault(id), hi.KillsPerThreat.GetValueOrDefault(id), f);
                Shots[t, p] = throttle * shots;
                Kills[t, p] = throttle * kills;
                tracked += kills;
            }
            double killed = Lerp(lo.KillsPerThreat.Values.Sum(), hi.KillsPerThreat.Values.Sum(), f);
            // Interceptor types the campaign does not stock (no product names them) keep killing as fitted.
            UntrackedKills[t] = throttle * Math.Max(killed - tracked, 0);
            double leak = Lerp(lo.LeakFraction, hi.LeakFraction, f);
            SurvivorLeak[t] = killed < 1 ? Math.Clamp(leak / (1 - killed), 0, 1) : 1;
        }
        ReadFalseTracks(x);
    }

    private void ReadFalseTracks(double x)
    {
        Array.Clear(FalseTrackRounds);
        if (_falseTracks.Count == 0) return;
        var (l, h, f) = Bracket(_falseTrackScales, x);
        var (lo, hi) = (_falseTracks[l], _falseTracks[h]);
        for (int p = 0; p < _interceptorOfProduct.Length; p++)
            if (_interceptorOfProduct[p] is { } id)
                FalseTrackRounds[p] = Lerp(lo.RoundsPerNight.GetValueOrDefault(id), hi.RoundsPerNight.GetValueOrDefault(id), f);
    }

    /// <summary>The points (scales increasing) either side of <paramref name="x"/> and how far between them it lies;
    /// below the first or above the last, that point on both sides.</summary>
    private static (int Lo, int Hi, double F) Bracket(double[] scales, double x)
    {
        if (x <= scales[0]) return (0, 0, 0);
        if (x >= scales[^1]) return (scales.Length - 1, scales.Length - 1, 0);
        int k = 0;
        while (scales[k + 1] < x) k++;
        return (k, k + 1, (x - scales[k]) / (scales[k + 1] - scales[k]));
    }

    private static double Lerp(double a, double b, double f) => a + (b - a) * f;
}
