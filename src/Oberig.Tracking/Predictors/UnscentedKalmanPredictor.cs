using Oberig.Core.Time;
using Oberig.Tracking.LinearAlgebra;
using Oberig.Tracking.Models.Transition;
using Oberig.Tracking.State;

namespace Oberig.Tracking.Predictors;

/// <summary>
/// Unscented prediction (Julier and Uhlmann 1997; Wan and van der Merwe 2000): the prior's 2n + 1 sigma points go
/// through f; the prediction is their weighted mean and covariance plus Q (evaluated at the prior mean). Exact, to
/// rounding, for linear models. Weights in <see cref="UnscentedOptions"/>.
/// </summary>
public sealed class UnscentedKalmanPredictor : IPredictor
{
    private readonly SigmaWeights _weights;
    private readonly CovarianceRepairOptions _repair;

    public UnscentedKalmanPredictor(ITransitionModel model, UnscentedOptions? options = null, FilterCounters? counters = null,
        CovarianceRepairOptions? repair = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        Options = options ?? UnscentedOptions.Default;
        _weights = new SigmaWeights(Options, model.StateDimension);
        Counters = counters ?? new FilterCounters();
        _repair = repair ?? CovarianceRepairOptions.Default;
    }

    public string Name => FilterNames.Unscented;
    public ITransitionModel Model { get; }
    public UnscentedOptions Options { get; }

    /// <summary>Where covariance repairs of a prior that is not positive definite are counted.</summary>
    public FilterCounters Counters { get; }

    public void Predict(GaussianState prior, SimTime time, GaussianState prediction)
    {
        double dt = PredictorChecks.Interval(prior, time, Model, prediction);
        int n = Model.StateDimension, count = 2 * n + 1;
        Span<double> l = stackalloc double[n * n];
        Span<double> sigma = stackalloc double[count * n];
        Span<double> moved = stackalloc double[count * n];
        Span<double> mean = stackalloc double[n];
        Span<double> p = stackalloc double[n * n];
        Span<double> d = stackalloc double[n];

        SigmaWeights.Factor(prior.Covariance, n, l, _repair, Counters);
        _weights.Points(prior.Mean, l, n, sigma);
        for (int i = 0; i < count; i++) Model.Function(sigma.Slice(i * n, n), dt, moved.Slice(i * n, n));

        mean.Clear();
        for (int i = 0; i < count; i++) SmallMatrix.AddScaled(mean, _weights.Mean(i), moved.Slice(i * n, n));
        Model.ProcessNoise(prior.Mean, dt, p);
        for (int i = 0; i < count; i++)
        {
            SmallMatrix.Subtract(moved.Slice(i * n, n), mean, d);
            SmallMatrix.AddOuter(p, n, _weights.Covariance(i), d);
        }
        SmallMatrix.Symmetrise(p, n);
        mean.CopyTo(prediction.Mean);
        p.CopyTo(prediction.Covariance);
        prediction.Time = time;
    }
}
