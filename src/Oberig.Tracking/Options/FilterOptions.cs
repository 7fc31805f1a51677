using Oberig.Tracking.LinearAlgebra;
using Oberig.Tracking.Models.Transition;
using Oberig.Tracking.Predictors;
using Oberig.Tracking.Updaters;

namespace Oberig.Tracking.Options;

/// <summary>A motion (transition) model chosen by name.</summary>
/// <param name="Name">"cv" (constant velocity), "ct" (coordinated turn, turn rate estimated) or "ballistic". Default "cv".</param>
/// <param name="SpectralDensity">Acceleration noise spectral density q per axis, m²/s³. Default 1 (about 1 m/s² of
/// unmodelled acceleration over a 1 s step: a cruising aircraft or missile).</param>
/// <param name="TurnRateSpectralDensity">Turn-rate diffusion qω of "ct", rad²/s³. Default 1e-4 (0.01 rad/s per √s).</param>
/// <param name="Gravity">Downward acceleration of "ballistic", m/s². Default standard gravity 9.80665.</param>
/// <param name="SpeedScaleMps">"cv" only: when set, q grows with the estimated speed v as q (1 + (v / scale)²), since
/// the accelerations a target can have grow with v² (turns at a given radius, drag): a drone keeps about q, a
/// re-entering ballistic missile gets tens of times more. Default none (q fixed).</param>
public sealed record MotionModelOptions(
    string Name = MotionModelOptions.ConstantVelocity,
    double SpectralDensity = 1.0,
    double TurnRateSpectralDensity = 1e-4,
    double Gravity = Ballistic.StandardGravity,
    double? SpeedScaleMps = null)
{
    public const string ConstantVelocity = "cv";
    public const string CoordinatedTurn = "ct";
    public const string BallisticName = "ballistic";

    public static readonly IReadOnlyList<string> Names = [ConstantVelocity, CoordinatedTurn, BallisticName];
}

/// <summary>IMM configuration.</summary>
/// <param name="ModeFilter">Predictor and updater of every mode: "extended" or "unscented" (the turn rate makes "ct"
/// nonlinear, so "kalman" is refused). Default "extended".</param>
/// <param name="Modes">Motion model per mode. Default constant velocity (q = 0.5), coordinated turn (q = 0.5,
/// qω = 1e-3) and ballistic (q = 0.5), all in 3D on the 7-state [x, vx, y, vy, z, vz, ω].</param>
/// <param name="TransitionMatrix">Markov matrix pᵢⱼ per step, r x r row-major; null for the default: 0.95 to stay in a
/// mode, the rest shared equally among the others (mean sojourn 20 steps).</param>
/// <param name="InitialProbabilities">Mode probabilities of a new track; null for equal.</param>
/// <param name="PaddingDiffusion">Diffusion of the turn rate carried (unused) by the 6-state modes, rad²/s³. Default 1e-4.</param>
public sealed record ImmOptions(
    string ModeFilter = FilterNames.Extended,
    IReadOnlyList<MotionModelOptions>? Modes = null,
    IReadOnlyList<double>? TransitionMatrix = null,
    IReadOnlyList<double>? InitialProbabilities = null,
    double PaddingDiffusion = 1e-4)
{
    public static readonly ImmOptions Default = new();

    public static readonly IReadOnlyList<MotionModelOptions> DefaultModes =
    [
        new(MotionModelOptions.ConstantVelocity, 0.5),
        new(MotionModelOptions.CoordinatedTurn, 0.5, 1e-3),
        new(MotionModelOptions.BallisticName, 0.5),
    ];

    public IReadOnlyList<MotionModelOptions> ModesOrDefault => Modes ?? DefaultModes;

    /// <summary>The Markov matrix, the default built for the mode count when none is given.</summary>
    public double[] TransitionMatrixOrDefault()
    {
        int r = ModesOrDefault.Count;
        if (TransitionMatrix is not null) return [.. TransitionMatrix];
        var m = new double[r * r];
        for (int i = 0; i < r; i++)
            for (int j = 0; j < r; j++) m[i * r + j] = r == 1 ? 1.0 : i == j ? 0.95 : 0.05 / (r - 1);
        return m;
    }

    public double[] InitialProbabilitiesOrDefault()
    {
        int r = ModesOrDefault.Count;
        return InitialProbabilities is not null ? [.. InitialProbabilities] : Enumerable.Repeat(1.0 / r, r).ToArray();
    }
}

/// <summary>
/// A tracking filter chosen by name, with every default documented. Validate once at the edge with
/// <see cref="FilterRegistry.Problems"/>; the registry trusts what it is given afterwards.
/// </summary>
/// <param name="Name">"kalman", "extended", "unscented" or "imm". Default "extended" (exact on linear models, and
/// radars measure range and angles).</param>
/// <param name="Axes">Spatial axes of the single-model filters, 2 or 3. Default 3. IMM is always 3D.</param>
/// <param name="Motion">Motion model of the single-model filters. Default constant velocity, q = 1 m²/s³.</param>
/// <param name="Unscented">Sigma-point scaling, for "unscented" (and IMM modes that use it). Default α = 1, β = 2, κ = 0.</param>
/// <param name="Updater">Joseph form on, default covariance repair.</param>
/// <param name="Imm">IMM modes and Markov matrix, for "imm".</param>
public sealed record FilterOptions(
    string Name = FilterNames.Extended,
    int Axes = 3,
    MotionModelOptions? Motion = null,
    UnscentedOptions? Unscented = null,
    UpdaterOptions? Updater = null,
    ImmOptions? Imm = null)
{
    public static readonly FilterOptions Default = new();

    public MotionModelOptions MotionOrDefault => Motion ?? new MotionModelOptions();
    public UnscentedOptions UnscentedOrDefault => Unscented ?? UnscentedOptions.Default;
    public UpdaterOptions UpdaterOrDefault => Updater ?? UpdaterOptions.Default;
    public ImmOptions ImmOrDefault => Imm ?? ImmOptions.Default;
    public CovarianceRepairOptions RepairOrDefault => UpdaterOrDefault.RepairOrDefault;
}
