using Oberig.Core.Time;
using Oberig.Tracking.Imm;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.State;

namespace Oberig.Tracking.Tracks;

/// <summary>
/// An IMM run on tracks: 3-D, on the estimator's state (7 states for the registry's IMM). A track's
/// <see cref="Track.State"/> is the IMM's moment-matched combination; gating accepts what any mode accepts, and the
/// association score is the likelihood of the mode mixture.
/// </summary>
public sealed class ImmTrackFilter : ITrackFilter
{
    private readonly double[] _initialProbabilities;

    public ImmTrackFilter(InteractingMultipleModel imm, ReadOnlySpan<double> initialProbabilities, FilterCounters counters)
    {
        ArgumentNullException.ThrowIfNull(imm);
        ArgumentNullException.ThrowIfNull(counters);
        if (initialProbabilities.Length != imm.ModeCount) throw new ArgumentException($"needs {imm.ModeCount} probabilities", nameof(initialProbabilities));
        Imm = imm;
        _initialProbabilities = initialProbabilities.ToArray();
        Counters = counters;
    }

    public InteractingMultipleModel Imm { get; }
    public string Name => FilterNames.Imm;
    public int StateDimension => Imm.StateDimension;
    public int Axes => 3;
    public FilterCounters Counters { get; }

    public Track CreateTrack() => new(StateDimension, Axes, Imm.CreateState(new GaussianState(StateDimension), _initialProbabilities));

    public void Initialise(Track track, ReadOnlySpan<double> mean, ReadOnlySpan<double> covariance, SimTime time)
    {
        var state = track.Imm!;
        foreach (var mode in state.ModeArray)
        {
            mean.CopyTo(mode.Mean);
            covariance.CopyTo(mode.Covariance);
            mode.Time = time;
        }
        _initialProbabilities.CopyTo(state.ProbabilityBuffer, 0);
        mean.CopyTo(state.Combined.Mean);
        covariance.CopyTo(state.Combined.Covariance);
        state.Combined.Time = time;
    }

    public void Predict(Track track, SimTime time, IMeasurementModel model)
    {
        Imm.Predict(track.Imm!, time);
        Imm.PredictMeasurement(track.Imm!, model);
    }

    public void GateExtent(Track track, int component, double threshold, out double low, out double high)
    {
        low = double.PositiveInfinity;
        high = double.NegativeInfinity;
        foreach (var mp in track.Imm!.PredictionArray)
        {
            double h = Math.Sqrt(threshold * mp.Covariance[component * mp.MeasurementDimension + component]);
            low = Math.Min(low, mp.Mean[component] - h);
            high = Math.Max(high, mp.Mean[component] + h);
        }
    }

    public double NegativeLogLikelihood(Track track, ReadOnlySpan<double> measurement, out double squaredMahalanobis)
    {
        var state = track.Imm!;
        double[] mu = state.ProbabilityBuffer;
        int r = mu.Length;
        Span<double> terms = stackalloc double[r];
        double max = double.NegativeInfinity;
        squaredMahalanobis = double.PositiveInfinity;
        for (int j = 0; j < r; j++)
        {
            var mp = state.PredictionArray[j];
            double d2 = mp.SquaredMahalanobis(measurement);
            squaredMahalanobis = Math.Min(squaredMahalanobis, d2);
            terms[j] = mu[j] > 0 ? Math.Log(mu[j]) - 0.5 * (d2 + mp.LogDeterminant + mp.MeasurementDimension * Math.Log(2 * Math.PI)) : double.NegativeInfinity;
            max = Math.Max(max, terms[j]);
        }
        if (!double.IsFinite(max)) return double.MaxValue;
        double sum = 0;
        for (int j = 0; j < r; j++) sum += Math.Exp(terms[j] - max);
        return -(max + Math.Log(sum));
    }

    public void Update(Track track, ReadOnlySpan<double> measurement) => Imm.Update(track.Imm!, measurement);

    public void Coast(Track track) { } // the IMM state already holds the predictions and predicted mode probabilities
}
