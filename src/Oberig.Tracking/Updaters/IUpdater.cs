using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.State;

namespace Oberig.Tracking.Updaters;

/// <summary>
/// Role: correct a predicted state with a measurement (Stone Soup's Updater). Split in two so a hypothesiser can
/// gate many measurements against one <see cref="MeasurementPrediction"/> before a single update.
/// </summary>
public interface IUpdater
{
    /// <summary>Registry name: "kalman", "extended" or "unscented".</summary>
    string Name { get; }

    /// <summary>Where covariance repairs and rejected updates are counted.</summary>
    FilterCounters Counters { get; }

    /// <summary>Fills <paramref name="result"/> with ẑ, S and Pxz of <paramref name="prediction"/> through <paramref name="model"/>.</summary>
    void PredictMeasurement(GaussianState prediction, IMeasurementModel model, MeasurementPrediction result);

    /// <summary>
    /// posterior = p(x | prediction, z) using the measurement prediction made from the same prediction; posterior may
    /// be the prediction itself. Returns the normalised innovation squared νᵀ S⁻¹ ν (NIS).
    /// </summary>
    double Update(GaussianState prediction, MeasurementPrediction measurementPrediction, ReadOnlySpan<double> measurement, GaussianState posterior);
}

/// <summary>Conveniences over <see cref="IUpdater"/>.</summary>
public static class UpdaterExtensions
{
    /// <summary>Predicts the measurement into <paramref name="scratch"/> and updates with it; returns NIS.</summary>
    public static double Update(this IUpdater updater, GaussianState prediction, IMeasurementModel model, ReadOnlySpan<double> measurement,
        GaussianState posterior, MeasurementPrediction scratch)
    {
        updater.PredictMeasurement(prediction, model, scratch);
        return updater.Update(prediction, scratch, measurement, posterior);
    }
}
