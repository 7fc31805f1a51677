using Oberig.Core.Time;
using Oberig.Tracking.State;
using Oberig.Tracking.Updaters;

namespace Oberig.Tracking.Imm;

/// <summary>
/// One track's IMM estimate: a Gaussian per mode, the mode probabilities, their moment-matched combination and the
/// per-mode buffers for mixing and measurement prediction. Allocated once per track by
/// <see cref="InteractingMultipleModel.CreateState"/>; every step overwrites it in place.
/// </summary>
/// <remarks>
/// After <see cref="InteractingMultipleModel.Predict"/>, <see cref="Modes"/> hold the mode-matched predictions,
/// <see cref="Probabilities"/> the predicted mode probabilities and <see cref="Combined"/> their combination; a
/// missed detection leaves it so. After <see cref="InteractingMultipleModel.Update"/> they are posteriors.
/// </remarks>
public sealed class ImmState
{
    internal ImmState(int modes, int dimension)
    {
        ModeArray = new GaussianState[modes];
        Mixed = new GaussianState[modes];
        PredictionArray = new MeasurementPrediction[modes];
        for (int j = 0; j < modes; j++)
        {
            ModeArray[j] = new GaussianState(dimension);
            Mixed[j] = new GaussianState(dimension);
            PredictionArray[j] = new MeasurementPrediction();
        }
        ProbabilityBuffer = new double[modes];
        LogLikelihoodBuffer = new double[modes];
        Combined = new GaussianState(dimension);
    }

    /// <summary>Mode-conditioned estimates, one per mode in the estimator's order.</summary>
    public IReadOnlyList<GaussianState> Modes => ModeArray;

    /// <summary>Mode probabilities μⱼ, summing to 1.</summary>
    public ReadOnlySpan<double> Probabilities => ProbabilityBuffer;

    /// <summary>Moment-matched single Gaussian of the mixture: what a tracker reports and gates against.</summary>
    public GaussianState Combined { get; }

    /// <summary>Per-mode measurement predictions of the last <see cref="InteractingMultipleModel.PredictMeasurement"/>.</summary>
    public IReadOnlyList<MeasurementPrediction> MeasurementPredictions => PredictionArray;

    /// <summary>Per-mode log-likelihoods of the last update's measurement.</summary>
    public ReadOnlySpan<double> LogLikelihoods => LogLikelihoodBuffer;

    public SimTime Time => Combined.Time;

    internal GaussianState[] ModeArray { get; }
    internal MeasurementPrediction[] PredictionArray { get; }
    internal GaussianState[] Mixed { get; }
    internal double[] ProbabilityBuffer { get; }
    internal double[] LogLikelihoodBuffer { get; }
}
