using Oberig.Core.Time;
using Oberig.Tracking.LinearAlgebra;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Predictors;
using Oberig.Tracking.State;
using Oberig.Tracking.Updaters;

namespace Oberig.Tracking.Imm;

/// <summary>One IMM mode: a predictor (carrying its transition model) and an updater.</summary>
public sealed record ImmMode(IPredictor Predictor, IUpdater Updater);

/// <summary>
/// Interacting multiple model estimator (Blom and Bar-Shalom 1988; Bar-Shalom et al. 2001, section 11.6.6). Each step:
/// (1) mixing: c̄ⱼ = Σᵢ pᵢⱼ μᵢ, μᵢ|ⱼ = pᵢⱼ μᵢ / c̄ⱼ, each mode restarts from the mixture x⁰ⱼ = Σᵢ μᵢ|ⱼ xᵢ,
/// P⁰ⱼ = Σᵢ μᵢ|ⱼ (Pᵢ + (xᵢ − x⁰ⱼ)(xᵢ − x⁰ⱼ)ᵀ); (2) mode-matched prediction and update with any predictor and
/// updater; (3) μⱼ ∝ Λⱼ c̄ⱼ with Λⱼ = N(νⱼ; 0, Sⱼ), in logarithms so no likelihood underflows; (4) combination by
/// moment matching. All modes share one state vector (see <see cref="Models.Transition.PaddedTransition"/>).
/// </summary>
/// <remarks>
/// The Markov matrix pᵢⱼ = P(mode j at k+1 | mode i at k) is per step, as in the textbook; with irregular revisit
/// intervals a caller may want it per second instead (not done here).
/// </remarks>
public sealed class InteractingMultipleModel
{
    private readonly ImmMode[] _modes;
    private readonly double[] _transition;

    /// <param name="modes">The modes, at least one, all with the same state dimension.</param>
    /// <param name="transitionMatrix">Markov matrix r x r row-major, pᵢⱼ in [0, 1], each row summing to 1.</param>
    public InteractingMultipleModel(IReadOnlyList<ImmMode> modes, ReadOnlySpan<double> transitionMatrix)
    {
        ArgumentNullException.ThrowIfNull(modes);
        if (modes.Count == 0) throw new ArgumentException("needs at least one mode", nameof(modes));
        int n = modes[0].Predictor.Model.StateDimension;
        foreach (var mode in modes)
            if (mode.Predictor.Model.StateDimension != n)
                throw new ArgumentException($"all modes need state dimension {n}; '{mode.Predictor.Model.Name}' has {mode.Predictor.Model.StateDimension} (pad it with PaddedTransition)", nameof(modes));
        var problems = TransitionMatrixProblems(transitionMatrix, modes.Count).ToList();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(transitionMatrix));
        _modes = [.. modes];
        _transition = transitionMatrix.ToArray();
        StateDimension = n;
    }

    public string Name => FilterNames.Imm;
    public int ModeCount => _modes.Length;
    public int StateDimension { get; }
    public IReadOnlyList<ImmMode> Modes => _modes;

    /// <summary>pᵢⱼ, row-major.</summary>
    public ReadOnlySpan<double> TransitionMatrix => _transition;

    /// <summary>Problems with a Markov matrix for r modes; empty when it is valid.</summary>
    public static IEnumerable<string> TransitionMatrixProblems(ReadOnlySpan<double> matrix, int modes)
    {
        var problems = new List<string>();
        if (matrix.Length != modes * modes)
        {
            problems.Add($"transition matrix needs {modes * modes} values ({modes} x {modes}), got {matrix.Length}");
            return problems;
        }
        for (int i = 0; i < modes; i++)
        {
            double sum = 0;
            for (int j = 0; j < modes; j++)
            {
                double p = matrix[i * modes + j];
                if (!(p >= 0 && p <= 1)) problems.Add($"transition matrix [{i}, {j}] = {p} must be in [0, 1]");
                sum += p;
            }
            if (Math.Abs(sum - 1) > 1e-9) problems.Add($"transition matrix row {i} sums to {sum}, must sum to 1");
        }
        return problems;
    }

    /// <summary>A new track estimate: every mode starts at <paramref name="initial"/> with the given probabilities (summing to 1).</summary>
    public ImmState CreateState(GaussianState initial, ReadOnlySpan<double> modeProbabilities)
    {
        ArgumentNullException.ThrowIfNull(initial);
        if (initial.Dimension != StateDimension) throw new ArgumentException($"initial state needs dimension {StateDimension}", nameof(initial));
        if (modeProbabilities.Length != ModeCount) throw new ArgumentException($"needs {ModeCount} mode probabilities", nameof(modeProbabilities));
        double sum = 0;
        foreach (double p in modeProbabilities)
        {
            if (!(p >= 0)) throw new ArgumentOutOfRangeException(nameof(modeProbabilities), p, "must be >= 0");
            sum += p;
        }
        if (Math.Abs(sum - 1) > 1e-9) throw new ArgumentException($"mode probabilities sum to {sum}, must sum to 1", nameof(modeProbabilities));
        var state = new ImmState(ModeCount, StateDimension);
        for (int j = 0; j < ModeCount; j++) state.ModeArray[j].CopyFrom(initial);
        modeProbabilities.CopyTo(state.ProbabilityBuffer);
        state.Combined.CopyFrom(initial);
        return state;
    }

    /// <summary>Mixing and mode-matched prediction to <paramref name="time"/>; probabilities become the predicted c̄.</summary>
    public void Predict(ImmState state, SimTime time)
    {
        int r = ModeCount, n = StateDimension;
        Span<double> cbar = stackalloc double[r];
        Span<double> mix = stackalloc double[r * r]; // μᵢ|ⱼ at [i * r + j]
        Span<double> d = stackalloc double[n];
        double[] mu = state.ProbabilityBuffer;
        for (int j = 0; j < r; j++)
        {
            double c = 0;
            for (int i = 0; i < r; i++) c += _transition[i * r + j] * mu[i];
            cbar[j] = c;
            for (int i = 0; i < r; i++) mix[i * r + j] = c > 0 ? _transition[i * r + j] * mu[i] / c : (i == j ? 1.0 : 0.0);
        }
        for (int j = 0; j < r; j++)
        {
            var mixed = state.Mixed[j];
            Span<double> x0 = mixed.Mean, p0 = mixed.Covariance;
            x0.Clear();
            for (int i = 0; i < r; i++) SmallMatrix.AddScaled(x0, mix[i * r + j], state.ModeArray[i].Mean);
            p0.Clear();
            for (int i = 0; i < r; i++)
            {
                double w = mix[i * r + j];
                if (w == 0) continue;
                var mode = state.ModeArray[i];
                SmallMatrix.AddScaled(p0, w, mode.Covariance);
                SmallMatrix.Subtract(mode.Mean, x0, d);
                SmallMatrix.AddOuter(p0, n, w, d);
            }
            mixed.Time = state.ModeArray[j].Time;
        }
        for (int j = 0; j < r; j++) _modes[j].Predictor.Predict(state.Mixed[j], time, state.ModeArray[j]);
        cbar.CopyTo(mu);
        Combine(state);
    }

    /// <summary>Per-mode measurement predictions, kept in the state for gating (<see cref="SquaredMahalanobis"/>) and the update.</summary>
    public void PredictMeasurement(ImmState state, IMeasurementModel model)
    {
        for (int j = 0; j < ModeCount; j++) _modes[j].Updater.PredictMeasurement(state.ModeArray[j], model, state.PredictionArray[j]);
    }

    /// <summary>Smallest per-mode squared Mahalanobis distance of a measurement: a gate that accepts what any mode would.</summary>
    public double SquaredMahalanobis(ImmState state, ReadOnlySpan<double> measurement)
    {
        double best = double.PositiveInfinity;
        for (int j = 0; j < ModeCount; j++) best = Math.Min(best, state.PredictionArray[j].SquaredMahalanobis(measurement));
        return best;
    }

    /// <summary>
    /// Mode-matched updates with the measurement, mode probability update and combination, using the measurement
    /// predictions of the last <see cref="PredictMeasurement"/>. Returns the log-likelihood of the measurement under
    /// the mixture, log Σⱼ c̄ⱼ Λⱼ (for association scores).
    /// </summary>
    public double Update(ImmState state, ReadOnlySpan<double> measurement)
    {
        int r = ModeCount;
        double[] mu = state.ProbabilityBuffer, logLik = state.LogLikelihoodBuffer;
        double max = double.NegativeInfinity;
        for (int j = 0; j < r; j++)
        {
            var mp = state.PredictionArray[j];
            logLik[j] = mp.LogLikelihood(measurement);
            _modes[j].Updater.Update(state.ModeArray[j], mp, measurement, state.ModeArray[j]);
            double v = mu[j] > 0 ? logLik[j] + Math.Log(mu[j]) : double.NegativeInfinity;
            if (v > max) max = v;
        }
        if (!double.IsFinite(max))
        {
            // No mode explains the measurement at all (or all likelihoods overflowed): keep the predicted probabilities.
            Combine(state);
            return double.NegativeInfinity;
        }
        double sum = 0;
        for (int j = 0; j < r; j++)
        {
            double v = mu[j] > 0 ? Math.Exp(logLik[j] + Math.Log(mu[j]) - max) : 0.0;
            mu[j] = v;
            sum += v;
        }
        for (int j = 0; j < r; j++) mu[j] /= sum;
        Combine(state);
        return max + Math.Log(sum);
    }

    /// <summary><see cref="PredictMeasurement"/> then <see cref="Update(ImmState, ReadOnlySpan{double})"/>.</summary>
    public double Update(ImmState state, IMeasurementModel model, ReadOnlySpan<double> measurement)
    {
        PredictMeasurement(state, model);
        return Update(state, measurement);
    }

    /// <summary>Moment-matched combination of the modes into <see cref="ImmState.Combined"/>.</summary>
    private void Combine(ImmState state)
    {
        int r = ModeCount, n = StateDimension;
        double[] mu = state.ProbabilityBuffer;
        var combined = state.Combined;
        Span<double> x = combined.Mean, p = combined.Covariance;
        Span<double> d = stackalloc double[n];
        x.Clear();
        for (int j = 0; j < r; j++) SmallMatrix.AddScaled(x, mu[j], state.ModeArray[j].Mean);
        p.Clear();
        for (int j = 0; j < r; j++)
        {
            var mode = state.ModeArray[j];
            SmallMatrix.AddScaled(p, mu[j], mode.Covariance);
            SmallMatrix.Subtract(mode.Mean, x, d);
            SmallMatrix.AddOuter(p, n, mu[j], d);
        }
        SmallMatrix.Symmetrise(p, n);
        combined.Time = state.ModeArray[0].Time;
    }
}
