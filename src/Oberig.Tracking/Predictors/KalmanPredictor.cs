using Oberig.Core.Time;
using Oberig.Tracking.LinearAlgebra;
using Oberig.Tracking.Models.Transition;
using Oberig.Tracking.State;

namespace Oberig.Tracking.Predictors;

/// <summary>
/// Kalman prediction for a linear (affine) transition model: x' = F x + b, P' = F P Fᵀ + Q (Bar-Shalom et al. 2001,
/// section 5.2). Exact for linear-Gaussian models; refuses a nonlinear model at construction.
/// </summary>
public sealed class KalmanPredictor : IPredictor
{
    public KalmanPredictor(ITransitionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.IsLinear)
            throw new ArgumentException($"transition model '{model.Name}' is nonlinear: use the extended or unscented predictor", nameof(model));
        Model = model;
    }

    public string Name => FilterNames.Kalman;
    public ITransitionModel Model { get; }

    public void Predict(GaussianState prior, SimTime time, GaussianState prediction) =>
        LinearisedPrediction.Predict(Model, prior, time, prediction);
}

/// <summary>
/// Extended Kalman prediction: x' = f(x), P' = F P Fᵀ + Q with F the Jacobian of f at the prior mean (Bar-Shalom et
/// al. 2001, section 10.3). Identical to <see cref="KalmanPredictor"/> on a linear model.
/// </summary>
public sealed class ExtendedKalmanPredictor : IPredictor
{
    public ExtendedKalmanPredictor(ITransitionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
    }

    public string Name => FilterNames.Extended;
    public ITransitionModel Model { get; }

    public void Predict(GaussianState prior, SimTime time, GaussianState prediction) =>
        LinearisedPrediction.Predict(Model, prior, time, prediction);
}

internal static class LinearisedPrediction
{
    public static void Predict(ITransitionModel model, GaussianState prior, SimTime time, GaussianState prediction)
    {
        double dt = PredictorChecks.Interval(prior, time, model, prediction);
        int n = model.StateDimension;
        Span<double> x = stackalloc double[n];
        Span<double> p = stackalloc double[n * n];
        ReadOnlySpan<double> mean = prior.Mean;
        model.Function(mean, dt, x);
        if (model is ILinearCovarianceTransition fast) fast.PropagateCovariance(mean, prior.Covariance, dt, p);
        else
        {
            Span<double> f = stackalloc double[n * n];
            Span<double> q = stackalloc double[n * n];
            Span<double> scratch = stackalloc double[n * n];
            model.Jacobian(mean, dt, f);
            model.ProcessNoise(mean, dt, q);
            SmallMatrix.Congruence(f, n, n, prior.Covariance, p, scratch);
            SmallMatrix.Add(p, q, p);
        }
        SmallMatrix.Symmetrise(p, n);
        x.CopyTo(prediction.Mean);
        p.CopyTo(prediction.Covariance);
        prediction.Time = time;
    }
}
