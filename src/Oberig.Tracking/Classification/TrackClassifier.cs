using Oberig.Tracking.State;

namespace Oberig.Tracking.Classification;

/// <summary>
/// Recursive Bayesian classification of a track (drone, cruise missile, ballistic missile, aircraft) from its
/// kinematics alone, with a confidence, for threat evaluation. Stateless and shareable: the per-track state is a
/// <see cref="ClassBelief"/>; an update allocates nothing.
/// </summary>
/// <remarks>
/// <para>Each update reads the track's estimate (state [x, vx, y, vy, z, vz, ...] in a local ENU frame, metres and m/s;
/// 4- and 5-state 2D tracks give only the horizontal features) and scores four features under every class:</para>
/// <list type="bullet">
/// <item>ground speed √(vx² + vy²), its variance from the velocity covariance by the delta method, gᵀ P_v g with
/// g = v/|v|;</item>
/// <item>height z + originHeight, variance P_zz;</item>
/// <item>vertical speed vz, variance P_vzvz;</item>
/// <item>horizontal acceleration (v_k − v_{k−1})/Δt between successive updates, covariance (P_v,k + P_v,k−1)/Δt²
/// (successive estimates are positively correlated, so this overstates the noise: conservative), scored as a
/// zero-mean isotropic 2D mixture, straight flight N(0, σ₀² I) or manoeuvring N(0, (σ₀² + σ_m²) I), whose magnitude
/// is a Rayleigh mixture.</item>
/// </list>
/// <para>Each scalar feature's likelihood is the class band (<see cref="FeatureBand"/>) convolved with the estimate's
/// own Gaussian error, so a vague estimate (a new track) scores every class alike and leaves the posterior at the prior.
/// A feature that is not finite is skipped. The update, in log space, is
/// log p ← (1 − λ) log p + λ log π + w · log L, normalised, with every class's log-odds against the best bounded by
/// <see cref="ClassifierOptions.MaxLogOdds"/> (see <see cref="ClassifierOptions"/> for w and λ).</para>
/// </remarks>
public sealed class TrackClassifier
{
    private const int Classes = ClassProbabilities.Count;
    private static readonly double LogTwoPi = Math.Log(2 * Math.PI);

    private readonly double[] _prior;
    private readonly double[] _logPrior;
    private readonly FeatureBand[] _groundSpeed = new FeatureBand[Classes];
    private readonly FeatureBand[] _height = new FeatureBand[Classes];
    private readonly FeatureBand[] _verticalSpeed = new FeatureBand[Classes];
    private readonly double[] _logStraight = new double[Classes];     // log(1 − μ)
    private readonly double[] _logManoeuvre = new double[Classes];    // log μ
    private readonly double[] _manoeuvreVariance = new double[Classes];
    private readonly double _straightVariance;
    private readonly double _evidenceWeight;
    private readonly double _forgetting;
    private readonly double _maxAccelerationInterval;
    private readonly double _maxLogOdds;

    /// <summary>A classifier with the given options (default <see cref="ClassifierOptions.Default"/>); invalid options are
    /// refused with every problem listed.</summary>
    public TrackClassifier(ClassifierOptions? options = null)
    {
        Options = options ?? ClassifierOptions.Default;
        var problems = Options.Problems();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(options));

        _prior = Options.PriorOrDefault();
        _logPrior = [.. _prior.Select(v => Math.Log(v))];
        _straightVariance = Options.StraightFlightAcceleration * Options.StraightFlightAcceleration;
        for (int c = 0; c < Classes; c++)
        {
            var k = Options.KinematicsOf((TrackClass)c);
            _groundSpeed[c] = k.GroundSpeed;
            _height[c] = k.Height;
            _verticalSpeed[c] = k.VerticalSpeed;
            _logStraight[c] = Math.Log(1 - k.ManoeuvreProbability);   // −∞ when μ = 1: LogAddExp handles it
            _logManoeuvre[c] = Math.Log(k.ManoeuvreProbability);
            _manoeuvreVariance[c] = _straightVariance + k.ManoeuvreAcceleration * k.ManoeuvreAcceleration;
        }
        _evidenceWeight = Options.EvidenceWeight;
        _forgetting = Options.Forgetting;
        _maxAccelerationInterval = Options.MaxAccelerationInterval;
        _maxLogOdds = Options.MaxLogOdds;
    }

    public ClassifierOptions Options { get; }

    /// <summary>A belief at the prior, for a new track (allocates: once per track).</summary>
    public ClassBelief CreateBelief() => new(_prior);

    /// <summary>Puts <paramref name="belief"/> back at the prior and forgets its velocity (a re-initiated track).</summary>
    public void Reset(ClassBelief belief)
    {
        ArgumentNullException.ThrowIfNull(belief);
        belief.Reset(_prior);
    }

    /// <summary>
    /// Folds the track's current estimate into its belief, in place, and returns the new classification. Call once per
    /// track update (after the filter's update), in time order.
    /// </summary>
    /// <param name="belief">The track's belief, from <see cref="CreateBelief"/>.</param>
    /// <param name="state">The track's estimate: [x, vx, y, vy, z, vz, ...] (dimension ≥ 6), or [x, vx, y, vy, ...] (4 or 5)
    /// for a 2D track, in a local ENU frame, metres and m/s.</param>
    /// <param name="originHeight">Height of the frame's origin above the ground, m, so that z + originHeight is the
    /// height above ground.</param>
    public TrackClassification Update(ClassBelief belief, GaussianState state, double originHeight = 0)
    {
        ArgumentNullException.ThrowIfNull(belief);
        ArgumentNullException.ThrowIfNull(state);
        int n = state.Dimension;
        if (n < 4) throw new ArgumentException($"a track state needs at least [x, vx, y, vy], got dimension {n}", nameof(state));
        ReadOnlySpan<double> x = state.Mean;
        ReadOnlySpan<double> p = state.Covariance;

        Span<double> logL = stackalloc double[Classes];
        Span<double> feature = stackalloc double[Classes];
        logL.Clear();

        double vx = x[1], vy = x[3];
        double pxx = p[1 * n + 1], pxy = 0.5 * (p[1 * n + 3] + p[3 * n + 1]), pyy = p[3 * n + 3];
        SanitiseCovariance(ref pxx, ref pxy, ref pyy);

        double speed = double.Hypot(vx, vy);
        double gx = vx / speed, gy = vy / speed;   // the gradient of |v|: the unit vector along the velocity
        double speedVariance = speed > 0
            ? gx * gx * pxx + 2 * gx * gy * pxy + gy * gy * pyy
            : 0.5 * (pxx + pyy);
        AddScalar(_groundSpeed, speed, speedVariance, feature, logL);

        if (n >= 6)
        {
            AddScalar(_height, x[4] + originHeight, p[4 * n + 4], feature, logL);
            AddScalar(_verticalSpeed, x[5], p[5 * n + 5], feature, logL);
        }

        AddAcceleration(belief, state, vx, vy, pxx, pxy, pyy, feature, logL);
        Combine(belief, logL);
        belief.Updates++;
        return belief.Current;
    }

    /// <summary>Adds one scalar feature's log-likelihoods, or nothing when the feature or any class's score is not finite.</summary>
    private static void AddScalar(FeatureBand[] bands, double value, double variance, Span<double> feature, Span<double> logL)
    {
        if (!double.IsFinite(value) || double.IsNaN(variance)) return;
        for (int c = 0; c < Classes; c++) feature[c] = bands[c].LogDensity(value, variance);
        AddIfFinite(feature, logL);
    }

    private void AddAcceleration(ClassBelief belief, GaussianState state, double vx, double vy, double pxx, double pxy, double pyy,
        Span<double> feature, Span<double> logL)
    {
        bool finite = double.IsFinite(vx) && double.IsFinite(vy) && double.IsFinite(pxx) && double.IsFinite(pxy) && double.IsFinite(pyy);
        if (!finite) return;
        if (belief.HasVelocity)
        {
            double dt = (state.Time - belief.VelocityTime).Seconds;
            if (dt > 0 && dt <= _maxAccelerationInterval)
            {
                double ax = (vx - belief.Vx) / dt, ay = (vy - belief.Vy) / dt;
                double dt2 = dt * dt;
                double sxx = (pxx + belief.Pxx) / dt2, sxy = (pxy + belief.Pxy) / dt2, syy = (pyy + belief.Pyy) / dt2;
                for (int c = 0; c < Classes; c++)
                {
                    double straight = LogIsotropicGaussian2(ax, ay, _straightVariance, sxx, sxy, syy);
                    double manoeuvre = LogIsotropicGaussian2(ax, ay, _manoeuvreVariance[c], sxx, sxy, syy);
                    feature[c] = KinematicMath.LogAddExp(_logStraight[c] + straight, _logManoeuvre[c] + manoeuvre);
                }
                AddIfFinite(feature, logL);
            }
        }
        belief.HasVelocity = true;
        belief.VelocityTime = state.Time;
        belief.Vx = vx; belief.Vy = vy;
        belief.Pxx = pxx; belief.Pxy = pxy; belief.Pyy = pyy;
    }

    /// <summary>log N(a; 0, q I + S) for a 2-vector a and a positive semidefinite 2x2 S.</summary>
    private static double LogIsotropicGaussian2(double ax, double ay, double q, double sxx, double sxy, double syy)
    {
        double cxx = q + sxx, cyy = q + syy;
        double det = cxx * cyy - sxy * sxy;
        double quadratic = (cyy * ax * ax - 2 * sxy * ax * ay + cxx * ay * ay) / det;
        return -LogTwoPi - 0.5 * Math.Log(det) - 0.5 * quadratic;
    }

    private static void AddIfFinite(ReadOnlySpan<double> feature, Span<double> logL)
    {
        for (int c = 0; c < Classes; c++)
            if (!double.IsFinite(feature[c])) return;
        for (int c = 0; c < Classes; c++) logL[c] += feature[c];
    }

    /// <summary>Clamps a 2x2 covariance to positive semidefinite (negative variances to 0, |correlation| to ≤ 1);
    /// a corrupt covariance then reads as "no better than this", never as NaN.</summary>
    private static void SanitiseCovariance(ref double xx, ref double xy, ref double yy)
    {
        xx = xx > 0 ? xx : double.IsNaN(xx) ? double.NaN : 0;
        yy = yy > 0 ? yy : double.IsNaN(yy) ? double.NaN : 0;
        double bound = Math.Sqrt(xx * yy);
        if (Math.Abs(xy) > bound) xy = Math.CopySign(bound, xy);
    }

    /// <summary>Forgetting toward the prior, then the tempered likelihood, normalised with bounded log-odds.</summary>
    private void Combine(ClassBelief belief, ReadOnlySpan<double> logL)
    {
        double best = double.NegativeInfinity;
        for (int c = 0; c < Classes; c++) best = Math.Max(best, logL[c]);
        bool informative = double.IsFinite(best);

        double[] lp = belief.LogPosterior;
        double top = double.NegativeInfinity;
        for (int c = 0; c < Classes; c++)
        {
            double evidence = informative ? Math.Max(_evidenceWeight * (logL[c] - best), -_maxLogOdds) : 0;
            lp[c] = (1 - _forgetting) * lp[c] + _forgetting * _logPrior[c] + evidence;
            top = Math.Max(top, lp[c]);
        }
        double sum = 0;
        for (int c = 0; c < Classes; c++)
        {
            lp[c] = Math.Max(lp[c] - top, -_maxLogOdds);
            belief.Posterior[c] = Math.Exp(lp[c]);
            sum += belief.Posterior[c];
        }
        double logSum = Math.Log(sum);
        for (int c = 0; c < Classes; c++)
        {
            belief.Posterior[c] /= sum;
            lp[c] -= logSum;
        }
    }
}
