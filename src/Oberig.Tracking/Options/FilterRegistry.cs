using Oberig.Tracking.Imm;
using Oberig.Tracking.Models.Transition;
using Oberig.Tracking.Options;
using Oberig.Tracking.Predictors;
using Oberig.Tracking.Updaters;

namespace Oberig.Tracking;

/// <summary>A single-model filter: the predictor and updater a track uses.</summary>
public sealed record FilterPair(IPredictor Predictor, IUpdater Updater);

/// <summary>
/// Builds predictors, updaters and IMM estimators from their names (<see cref="FilterNames"/>,
/// <see cref="MotionModelOptions.Names"/>), so a scenario picks them by string. Pass one <see cref="FilterCounters"/>
/// to every part of a tracker so it reports one set of counts.
/// </summary>
public static class FilterRegistry
{
    /// <summary>Everything wrong with the options, as messages for a person; empty when they are usable.</summary>
    public static IReadOnlyList<string> Problems(FilterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (!FilterNames.All.Contains(options.Name))
            problems.Add($"filter '{options.Name}' is unknown; allowed: {string.Join(", ", FilterNames.All)}");
        if (options.Axes is not (2 or 3)) problems.Add($"axes must be 2 or 3, got {options.Axes}");
        if (options.Name != FilterNames.Imm) MotionProblems(options.MotionOrDefault, options.Axes, problems);
        if (options.Name == FilterNames.Kalman && options.MotionOrDefault.Name == MotionModelOptions.CoordinatedTurn)
            problems.Add("filter 'kalman' needs a linear motion model; 'ct' estimates its turn rate: use 'extended' or 'unscented'");
        problems.AddRange(options.UnscentedOrDefault.Problems(options.Name == FilterNames.Imm ? 7 : 2 * options.Axes + 1));
        if (options.Name == FilterNames.Imm)
        {
            var imm = options.ImmOrDefault;
            if (imm.ModeFilter is not (FilterNames.Extended or FilterNames.Unscented))
                problems.Add($"imm.mode_filter must be '{FilterNames.Extended}' or '{FilterNames.Unscented}', got '{imm.ModeFilter}'");
            if (imm.ModesOrDefault.Count == 0) problems.Add("imm.modes needs at least one mode");
            foreach (var mode in imm.ModesOrDefault) MotionProblems(mode, 3, problems);
            problems.AddRange(InteractingMultipleModel.TransitionMatrixProblems(imm.TransitionMatrixOrDefault(), imm.ModesOrDefault.Count));
            var p0 = imm.InitialProbabilitiesOrDefault();
            if (p0.Length != imm.ModesOrDefault.Count || p0.Any(p => !(p >= 0)) || Math.Abs(p0.Sum() - 1) > 1e-9)
                problems.Add($"imm.initial_probabilities needs {imm.ModesOrDefault.Count} values >= 0 summing to 1");
            if (!(imm.PaddingDiffusion >= 0) || !double.IsFinite(imm.PaddingDiffusion)) problems.Add("imm.padding_diffusion must be finite and >= 0");
        }
        return problems;
    }

    private static void MotionProblems(MotionModelOptions motion, int axes, List<string> problems)
    {
        if (!MotionModelOptions.Names.Contains(motion.Name))
            problems.Add($"motion model '{motion.Name}' is unknown; allowed: {string.Join(", ", MotionModelOptions.Names)}");
        if (!(motion.SpectralDensity >= 0) || !double.IsFinite(motion.SpectralDensity)) problems.Add($"motion '{motion.Name}': spectral_density must be finite and >= 0");
        if (!(motion.TurnRateSpectralDensity >= 0) || !double.IsFinite(motion.TurnRateSpectralDensity)) problems.Add($"motion '{motion.Name}': turn_rate_spectral_density must be finite and >= 0");
        if (motion.SpeedScaleMps is { } scale && (!(scale > 0) || !double.IsFinite(scale))) problems.Add($"motion '{motion.Name}': speed_scale must be finite and > 0");
        if (motion.SpeedScaleMps is not null && motion.Name != MotionModelOptions.ConstantVelocity) problems.Add($"motion '{motion.Name}': speed_scale applies to 'cv' only");
        if (!(motion.Gravity >= 0) || !double.IsFinite(motion.Gravity)) problems.Add($"motion '{motion.Name}': gravity must be finite and >= 0");
        if (motion.Name == MotionModelOptions.BallisticName && axes != 3) problems.Add("motion 'ballistic' needs 3 axes");
    }

    private static void ThrowIfInvalid(FilterOptions options)
    {
        var problems = Problems(options);
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(options));
    }

    /// <summary>The transition model named by <paramref name="motion"/> (CT estimates its turn rate; 3D CT has vertical CV).</summary>
    public static ITransitionModel CreateMotion(MotionModelOptions motion, int axes) => motion.Name switch
    {
        MotionModelOptions.ConstantVelocity => new ConstantVelocity(axes, motion.SpectralDensity, motion.SpeedScaleMps),
        MotionModelOptions.CoordinatedTurn => CoordinatedTurn.WithEstimatedRate(motion.SpectralDensity, motion.TurnRateSpectralDensity, vertical: axes == 3),
        MotionModelOptions.BallisticName when axes == 3 => new Ballistic(motion.SpectralDensity, motion.Gravity),
        _ => throw new ArgumentException($"motion model '{motion.Name}' with {axes} axes is unknown; allowed: {string.Join(", ", MotionModelOptions.Names)} (ballistic in 3 axes)", nameof(motion)),
    };

    public static IPredictor CreatePredictor(string name, ITransitionModel model, UnscentedOptions? unscented = null, FilterCounters? counters = null,
        LinearAlgebra.CovarianceRepairOptions? repair = null) => name switch
    {
        FilterNames.Kalman => new KalmanPredictor(model),
        FilterNames.Extended => new ExtendedKalmanPredictor(model),
        FilterNames.Unscented => new UnscentedKalmanPredictor(model, unscented, counters, repair),
        _ => throw new ArgumentException($"predictor '{name}' is unknown; allowed: {FilterNames.Kalman}, {FilterNames.Extended}, {FilterNames.Unscented}", nameof(name)),
    };

    public static IUpdater CreateUpdater(string name, UpdaterOptions? options = null, UnscentedOptions? unscented = null, FilterCounters? counters = null) => name switch
    {
        FilterNames.Kalman => new KalmanUpdater(options, counters),
        FilterNames.Extended => new ExtendedKalmanUpdater(options, counters),
        FilterNames.Unscented => new UnscentedKalmanUpdater(unscented, options, counters),
        _ => throw new ArgumentException($"updater '{name}' is unknown; allowed: {FilterNames.Kalman}, {FilterNames.Extended}, {FilterNames.Unscented}", nameof(name)),
    };

    /// <summary>Predictor and updater of a single-model filter ("kalman", "extended", "unscented").</summary>
    public static FilterPair CreateFilter(FilterOptions options, FilterCounters? counters = null)
    {
        ThrowIfInvalid(options);
        if (options.Name == FilterNames.Imm) throw new ArgumentException("'imm' is not a single-model filter: use CreateImm", nameof(options));
        counters ??= new FilterCounters();
        var model = CreateMotion(options.MotionOrDefault, options.Axes);
        return new FilterPair(
            CreatePredictor(options.Name, model, options.UnscentedOrDefault, counters, options.RepairOrDefault),
            CreateUpdater(options.Name, options.UpdaterOrDefault, options.UnscentedOrDefault, counters));
    }

    /// <summary>
    /// The IMM of <see cref="FilterOptions.Imm"/> on the 3D 7-state [x, vx, y, vy, z, vz, ω]: 6-state modes are padded,
    /// carrying ω along. Initial mode probabilities are in <see cref="ImmOptions.InitialProbabilitiesOrDefault"/>.
    /// </summary>
    public static InteractingMultipleModel CreateImm(FilterOptions options, FilterCounters? counters = null)
    {
        ThrowIfInvalid(options);
        counters ??= new FilterCounters();
        var imm = options.ImmOrDefault;
        const int dimension = 7;
        var modes = new List<ImmMode>();
        foreach (var motion in imm.ModesOrDefault)
        {
            var model = CreateMotion(motion, 3);
            if (model.StateDimension < dimension) model = new PaddedTransition(model, dimension, imm.PaddingDiffusion);
            modes.Add(new ImmMode(
                CreatePredictor(imm.ModeFilter, model, options.UnscentedOrDefault, counters, options.RepairOrDefault),
                CreateUpdater(imm.ModeFilter, options.UpdaterOrDefault, options.UnscentedOrDefault, counters)));
        }
        return new InteractingMultipleModel(modes, imm.TransitionMatrixOrDefault());
    }
}
