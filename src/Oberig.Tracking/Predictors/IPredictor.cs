using Oberig.Core.Time;
using Oberig.Tracking.Models.Transition;
using Oberig.Tracking.State;

namespace Oberig.Tracking.Predictors;

/// <summary>
/// Role: carry an estimate forward in time through a transition model (Stone Soup's Predictor). Writes into a
/// caller-owned state, so a tracker predicts thousands of tracks without allocating; <paramref name="prediction"/>
/// may be the prior itself (in-place prediction).
/// </summary>
public interface IPredictor
{
    /// <summary>Registry name: "kalman", "extended" or "unscented".</summary>
    string Name { get; }

    ITransitionModel Model { get; }

    /// <summary>prediction = p(x at <paramref name="time"/> | prior); time must not be before prior.Time.</summary>
    void Predict(GaussianState prior, SimTime time, GaussianState prediction);
}

internal static class PredictorChecks
{
    public static double Interval(GaussianState prior, SimTime time, ITransitionModel model, GaussianState prediction)
    {
        if (prior.Dimension != model.StateDimension || prediction.Dimension != model.StateDimension) ThrowDimension(prior, model, prediction);
        double dt = (time - prior.Time).Seconds;
        if (!(dt >= 0)) ThrowBackwards(prior, time);
        return dt;
    }

    private static void ThrowDimension(GaussianState prior, ITransitionModel model, GaussianState prediction) =>
        throw new ArgumentException($"state dimensions {prior.Dimension} -> {prediction.Dimension} do not match model '{model.Name}' ({model.StateDimension})");

    private static void ThrowBackwards(GaussianState prior, SimTime time) =>
        throw new ArgumentOutOfRangeException(nameof(time), time, $"prediction to {time} is before the prior at {prior.Time}");
}
