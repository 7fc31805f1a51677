using Oberig.Core.Time;
using Oberig.Tracking.LinearAlgebra;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Predictors;
using Oberig.Tracking.Updaters;

namespace Oberig.Tracking.Tracks;

/// <summary>A single-model filter (Kalman, extended or unscented predictor and updater) run on tracks.</summary>
public sealed class GaussianTrackFilter : ITrackFilter
{
    private static readonly double Log2Pi = Math.Log(2 * Math.PI);

    /// <param name="predictor">Predictor; its transition model must use the interleaved kinematic state.</param>
    /// <param name="updater">Updater.</param>
    /// <param name="axes">Spatial axes of the state (1..3).</param>
    public GaussianTrackFilter(IPredictor predictor, IUpdater updater, int axes)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        ArgumentNullException.ThrowIfNull(updater);
        if (axes is < 1 or > 3) throw new ArgumentOutOfRangeException(nameof(axes), axes, "must be 1, 2 or 3");
        if (predictor.Model.StateDimension < 2 * axes) throw new ArgumentException($"state dimension {predictor.Model.StateDimension} is too small for {axes} axes", nameof(axes));
        Predictor = predictor;
        Updater = updater;
        Axes = axes;
    }

    public IPredictor Predictor { get; }
    public IUpdater Updater { get; }
    public string Name => Predictor.Name;
    public int StateDimension => Predictor.Model.StateDimension;
    public int Axes { get; }
    public FilterCounters Counters => Updater.Counters;

    public Track CreateTrack() => new(StateDimension, Axes, null);

    public void Initialise(Track track, ReadOnlySpan<double> mean, ReadOnlySpan<double> covariance, SimTime time)
    {
        mean.CopyTo(track.State.Mean);
        covariance.CopyTo(track.State.Covariance);
        track.State.Time = time;
    }

    public void Predict(Track track, SimTime time, IMeasurementModel model)
    {
        Predictor.Predict(track.State, time, track.Prediction);
        Updater.PredictMeasurement(track.Prediction, model, track.MeasurementPrediction);
    }

    public void GateExtent(Track track, int component, double threshold, out double low, out double high)
    {
        var mp = track.MeasurementPrediction;
        double h = Math.Sqrt(threshold * mp.Covariance[component * mp.MeasurementDimension + component]);
        low = mp.Mean[component] - h;
        high = mp.Mean[component] + h;
    }

    public double NegativeLogLikelihood(Track track, ReadOnlySpan<double> measurement, out double squaredMahalanobis)
    {
        var mp = track.MeasurementPrediction;
        squaredMahalanobis = mp.SquaredMahalanobis(measurement);
        return 0.5 * (squaredMahalanobis + mp.LogDeterminant + mp.MeasurementDimension * Log2Pi);
    }

    public void Update(Track track, ReadOnlySpan<double> measurement) =>
        Updater.Update(track.Prediction, track.MeasurementPrediction, measurement, track.State);

    public void Coast(Track track) => track.State.CopyFrom(track.Prediction);

    /// <summary>
    /// The PDA update (Bar-Shalom and Tse 1975; Bar-Shalom, Willett and Tian 2011, section 3.4): with association
    /// probabilities βₖ of the candidate measurements zₖ and β₀ of none, the combined innovation ν = Σ βₖ νₖ gives
    /// x⁺ = x + K ν and P⁺ = β₀ P⁻ + (1 − β₀) Pᶜ + K (Σ βₖ νₖ νₖᵀ − ν νᵀ) Kᵀ, where Pᶜ is the covariance after a
    /// single update (Joseph form here) and the last term is the spread of the innovations. Measurements are rows of
    /// <paramref name="measurements"/> (m values each) picked by <paramref name="candidates"/>.
    /// </summary>
    public void UpdateMixture(Track track, ReadOnlySpan<double> measurements, ReadOnlySpan<int> candidates, ReadOnlySpan<double> betas, double betaMiss)
    {
        var mp = track.MeasurementPrediction;
        int m = mp.MeasurementDimension, n = mp.StateDimension;
        if (candidates.Length == 0 || betaMiss >= 1) { Coast(track); return; }
        Span<double> nu = stackalloc double[m];
        Span<double> nuK = stackalloc double[m];
        Span<double> spread = stackalloc double[m * m];
        nu.Clear();
        spread.Clear();
        for (int c = 0; c < candidates.Length; c++)
        {
            mp.Innovation(measurements.Slice(candidates[c] * m, m), nuK);
            SmallMatrix.AddScaled(nu, betas[c], nuK);
            SmallMatrix.AddOuter(spread, m, betas[c], nuK);
        }
        SmallMatrix.AddOuter(spread, m, -1.0, nu);

        // Pᶜ and x + K ν from one ordinary update with the measurement ẑ + ν.
        Span<double> zBar = stackalloc double[m];
        SmallMatrix.Add(mp.Mean, nu, zBar);
        Updater.Update(track.Prediction, mp, zBar, track.State);

        // K = Pxz S⁻¹, as Kᵀ = S⁻¹ Pxzᵀ through the Cholesky factor of S.
        Span<double> kt = stackalloc double[m * n];
        ReadOnlySpan<double> cross = mp.CrossCovariance;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) kt[i * n + j] = cross[j * m + i];
        SmallMatrix.CholeskySolve(mp.CholeskyFactor, m, kt, n);
        Span<double> k = stackalloc double[n * m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) k[i * m + j] = kt[j * n + i];

        Span<double> p = track.State.Covariance;
        ReadOnlySpan<double> prior = track.Prediction.Covariance;
        Span<double> kdk = stackalloc double[n * n];
        Span<double> scratch = stackalloc double[n * n];
        SmallMatrix.Congruence(k, n, m, spread, kdk, scratch);
        double detected = 1 - betaMiss;
        for (int i = 0; i < n * n; i++) p[i] = betaMiss * prior[i] + detected * p[i] + kdk[i];
        CovarianceRepair.Ensure(p, n, CovarianceRepairOptions.Default, Counters, scratch);
    }
}
