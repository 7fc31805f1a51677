using Oberig.Tracking.LinearAlgebra;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Predictors;
using Oberig.Tracking.State;

namespace Oberig.Tracking.Updaters;

/// <summary>
/// Kalman update for a linear measurement model: ẑ = H x, S = H P Hᵀ + R, K = P Hᵀ S⁻¹ (Bar-Shalom et al. 2001,
/// section 5.2). Refuses a nonlinear model.
/// </summary>
public sealed class KalmanUpdater : IUpdater
{
    private readonly UpdaterOptions _options;

    public KalmanUpdater(UpdaterOptions? options = null, FilterCounters? counters = null)
    {
        _options = options ?? UpdaterOptions.Default;
        Counters = counters ?? new FilterCounters();
    }

    public string Name => FilterNames.Kalman;
    public FilterCounters Counters { get; }

    public void PredictMeasurement(GaussianState prediction, IMeasurementModel model, MeasurementPrediction result)
    {
        if (!model.IsLinear) throw new ArgumentException("measurement model is nonlinear: use the extended or unscented updater", nameof(model));
        GaussianUpdate.PredictLinearised(prediction, model, result, _options, Counters);
    }

    public double Update(GaussianState prediction, MeasurementPrediction measurementPrediction, ReadOnlySpan<double> measurement, GaussianState posterior) =>
        GaussianUpdate.Apply(prediction, measurementPrediction, measurement, posterior, _options, Counters);
}

/// <summary>
/// Extended Kalman update: ẑ = h(x), S = H P Hᵀ + R with H the Jacobian of h at the predicted mean (Bar-Shalom et al.
/// 2001, section 10.3). Identical to <see cref="KalmanUpdater"/> on a linear model.
/// </summary>
public sealed class ExtendedKalmanUpdater : IUpdater
{
    private readonly UpdaterOptions _options;

    public ExtendedKalmanUpdater(UpdaterOptions? options = null, FilterCounters? counters = null)
    {
        _options = options ?? UpdaterOptions.Default;
        Counters = counters ?? new FilterCounters();
    }

    public string Name => FilterNames.Extended;
    public FilterCounters Counters { get; }

    public void PredictMeasurement(GaussianState prediction, IMeasurementModel model, MeasurementPrediction result) =>
        GaussianUpdate.PredictLinearised(prediction, model, result, _options, Counters);

    public double Update(GaussianState prediction, MeasurementPrediction measurementPrediction, ReadOnlySpan<double> measurement, GaussianState posterior) =>
        GaussianUpdate.Apply(prediction, measurementPrediction, measurement, posterior, _options, Counters);
}

/// <summary>
/// Unscented update (Julier and Uhlmann 1997; Wan and van der Merwe 2000): sigma points of the prediction go through
/// h; ẑ is their weighted mean (taken as residuals from the central point, so angles average across ±π), S and Pxz
/// their weighted covariances plus R.
/// </summary>
public sealed class UnscentedKalmanUpdater : IUpdater
{
    private readonly UpdaterOptions _options;
    private readonly UnscentedOptions _unscented;
    private readonly SigmaWeights[] _weights = new SigmaWeights[SmallMatrix.MaxDimension + 1];

    public UnscentedKalmanUpdater(UnscentedOptions? unscented = null, UpdaterOptions? options = null, FilterCounters? counters = null)
    {
        _unscented = unscented ?? UnscentedOptions.Default;
        _options = options ?? UpdaterOptions.Default;
        Counters = counters ?? new FilterCounters();
        for (int n = 1; n <= SmallMatrix.MaxDimension; n++)
            if (_unscented.Problems(n).Any() == false) _weights[n] = new SigmaWeights(_unscented, n);
    }

    public string Name => FilterNames.Unscented;
    public FilterCounters Counters { get; }
    public UnscentedOptions Options => _unscented;

    public void PredictMeasurement(GaussianState prediction, IMeasurementModel model, MeasurementPrediction result)
    {
        int n = model.StateDimension, m = model.MeasurementDimension, count = 2 * n + 1;
        GaussianUpdate.CheckDimensions(prediction, model);
        var w = _weights[n];
        if (w.Scale == 0) w = new SigmaWeights(_unscented, n); // throws with the reason
        Span<double> l = stackalloc double[n * n];
        Span<double> sigma = stackalloc double[count * n];
        Span<double> z = stackalloc double[count * m];
        Span<double> d = stackalloc double[m];
        Span<double> dx = stackalloc double[n];

        SigmaWeights.Factor(prediction.Covariance, n, l, _options.RepairOrDefault, Counters);
        w.Points(prediction.Mean, l, n, sigma);
        for (int i = 0; i < count; i++) model.Function(sigma.Slice(i * n, n), z.Slice(i * m, m));

        result.Begin(model, hasJacobian: false);
        Span<double> mean = result.MeanBuffer, s = result.CovarianceBuffer, cross = result.CrossBuffer;
        ReadOnlySpan<double> z0 = z[..m];
        Span<double> offset = stackalloc double[m];
        offset.Clear();
        for (int i = 1; i < count; i++)
        {
            model.Residual(z.Slice(i * m, m), z0, d);
            SmallMatrix.AddScaled(offset, w.Mean(i), d);
        }
        SmallMatrix.Add(z0, offset, mean);

        result.Noise.CopyTo(s);
        cross.Clear();
        ReadOnlySpan<double> x = prediction.Mean;
        for (int i = 0; i < count; i++)
        {
            model.Residual(z.Slice(i * m, m), mean, d);
            SmallMatrix.Subtract(sigma.Slice(i * n, n), x, dx);
            double wc = w.Covariance(i);
            SmallMatrix.AddOuter(s, m, wc, d);
            SmallMatrix.AddOuter(cross, n, m, wc, dx, d);
        }
        result.Finish(_options.RepairOrDefault, Counters);
    }

    public double Update(GaussianState prediction, MeasurementPrediction measurementPrediction, ReadOnlySpan<double> measurement, GaussianState posterior) =>
        GaussianUpdate.Apply(prediction, measurementPrediction, measurement, posterior, _options, Counters);
}

/// <summary>The steps every Gaussian updater shares.</summary>
internal static class GaussianUpdate
{
    public static void CheckDimensions(GaussianState prediction, IMeasurementModel model)
    {
        if (prediction.Dimension != model.StateDimension)
            throw new ArgumentException($"state dimension {prediction.Dimension} does not match the measurement model's {model.StateDimension}");
    }

    /// <summary>ẑ = h(x), H at x, S = H P Hᵀ + R, Pxz = P Hᵀ.</summary>
    public static void PredictLinearised(GaussianState prediction, IMeasurementModel model, MeasurementPrediction result,
        UpdaterOptions options, FilterCounters counters)
    {
        CheckDimensions(prediction, model);
        int n = model.StateDimension, m = model.MeasurementDimension;
        result.Begin(model, hasJacobian: true);
        Span<double> h = result.JacobianBuffer;
        model.Function(prediction.Mean, result.MeanBuffer);
        model.Jacobian(prediction.Mean, h);
        Span<double> cross = result.CrossBuffer;
        SmallMatrix.MultiplyTransposed(prediction.Covariance, n, n, h, m, cross); // P Hᵀ (n x m)
        Span<double> s = result.CovarianceBuffer;
        SmallMatrix.Multiply(h, m, n, cross, m, s);                                // H P Hᵀ
        SmallMatrix.Add(s, result.Noise, s);
        result.Finish(options.RepairOrDefault, counters);
    }

    /// <summary>x⁺ = x + K ν, P⁺ by Joseph form or P − K S Kᵀ, then symmetrise and repair; returns NIS.</summary>
    public static double Apply(GaussianState prediction, MeasurementPrediction mp, ReadOnlySpan<double> measurement, GaussianState posterior,
        UpdaterOptions options, FilterCounters counters)
    {
        int n = mp.StateDimension, m = mp.MeasurementDimension;
        if (mp.Model is null || prediction.Dimension != n || posterior.Dimension != n || measurement.Length < m)
            throw new ArgumentException("measurement prediction does not match the prediction, posterior or measurement dimensions");

        Span<double> nu = stackalloc double[m];
        Span<double> scratchM = stackalloc double[m];
        Span<double> kt = stackalloc double[m * n];     // Kᵀ (m x n)
        Span<double> k = stackalloc double[n * m];      // K (n x m)
        Span<double> x = stackalloc double[n];
        Span<double> p = stackalloc double[n * n];
        Span<double> a = stackalloc double[n * n];
        Span<double> scratch = stackalloc double[n * n];

        mp.Innovation(measurement, nu);
        ReadOnlySpan<double> l = mp.CholeskyFactor;
        double nis = SmallMatrix.SquaredMahalanobis(l, m, nu, scratchM);

        // Kᵀ = S⁻¹ Pxzᵀ, solved column by column through the Cholesky factor of S.
        ReadOnlySpan<double> cross = mp.CrossCovariance;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) kt[i * n + j] = cross[j * m + i];
        SmallMatrix.CholeskySolve(l, m, kt, n);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) k[i * m + j] = kt[j * n + i];

        ReadOnlySpan<double> prior = prediction.Covariance;
        prediction.Mean.CopyTo(x);
        for (int i = 0; i < n; i++)
        {
            double s = 0;
            for (int j = 0; j < m; j++) s += k[i * m + j] * nu[j];
            x[i] += s;
        }

        if (options.JosephForm && mp.HasJacobian)
        {
            // A = I − K H; P⁺ = A P Aᵀ + K R Kᵀ.
            SmallMatrix.Multiply(k, n, m, mp.Jacobian, n, a);
            for (int i = 0; i < n * n; i++) a[i] = -a[i];
            for (int i = 0; i < n; i++) a[i * n + i] += 1.0;
            SmallMatrix.Congruence(a, n, n, prior, p, scratch);
            SmallMatrix.Congruence(k, n, m, mp.Noise, a, scratch);
            SmallMatrix.Add(p, a, p);
        }
        else
        {
            // P⁺ = P − K S Kᵀ.
            SmallMatrix.Congruence(k, n, m, mp.Covariance, a, scratch);
            SmallMatrix.Subtract(prior, a, p);
        }

        if (!SmallMatrix.AllFinite(x) || !SmallMatrix.AllFinite(p) || !double.IsFinite(nis))
        {
            counters.RejectedUpdates++;
            if (!ReferenceEquals(prediction, posterior)) posterior.CopyFrom(prediction);
            return double.IsFinite(nis) ? nis : double.MaxValue;
        }
        CovarianceRepair.Ensure(p, n, options.RepairOrDefault, counters, scratch);
        x.CopyTo(posterior.Mean);
        p.CopyTo(posterior.Covariance);
        posterior.Time = prediction.Time;
        return nis;
    }
}
