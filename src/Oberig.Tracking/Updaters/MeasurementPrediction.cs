using Oberig.Tracking.LinearAlgebra;
using Oberig.Tracking.Models.Measurement;

namespace Oberig.Tracking.Updaters;

/// <summary>
/// The predicted measurement of one predicted state through one measurement model: mean ẑ, innovation covariance S,
/// state-measurement cross-covariance Pxz and the Cholesky factor of S. Computed once per (track, sensor) and then
/// used to gate many candidate measurements cheaply (<see cref="SquaredMahalanobis"/>) and to update with the chosen
/// one. Buffers have the fixed capacity of the largest supported dimension, so one instance is reused for any model
/// without allocating.
/// </summary>
public sealed class MeasurementPrediction
{
    private readonly double[] _mean = new double[SmallMatrix.MaxDimension];
    private readonly double[] _covariance = new double[SmallMatrix.MaxElements];
    private readonly double[] _cross = new double[SmallMatrix.MaxElements];
    private readonly double[] _cholesky = new double[SmallMatrix.MaxElements];
    private readonly double[] _jacobian = new double[SmallMatrix.MaxElements];
    private readonly double[] _noise = new double[SmallMatrix.MaxElements];

    /// <summary>The model the prediction was made with; null before the first prediction.</summary>
    public IMeasurementModel? Model { get; private set; }

    public int StateDimension { get; private set; }
    public int MeasurementDimension { get; private set; }

    /// <summary>ẑ (m values).</summary>
    public ReadOnlySpan<double> Mean => _mean.AsSpan(0, MeasurementDimension);

    /// <summary>Innovation covariance S (m x m), symmetric positive definite (repaired and counted if it was not).</summary>
    public ReadOnlySpan<double> Covariance => _covariance.AsSpan(0, MeasurementDimension * MeasurementDimension);

    /// <summary>Cross-covariance Pxz (n x m).</summary>
    public ReadOnlySpan<double> CrossCovariance => _cross.AsSpan(0, StateDimension * MeasurementDimension);

    /// <summary>Lower Cholesky factor of S (m x m).</summary>
    public ReadOnlySpan<double> CholeskyFactor => _cholesky.AsSpan(0, MeasurementDimension * MeasurementDimension);

    /// <summary>True when <see cref="Jacobian"/> holds H (Kalman and extended), enabling the Joseph-form update.</summary>
    public bool HasJacobian { get; private set; }

    /// <summary>H (m x n) at the predicted mean, when <see cref="HasJacobian"/>.</summary>
    public ReadOnlySpan<double> Jacobian => _jacobian.AsSpan(0, MeasurementDimension * StateDimension);

    /// <summary>R (m x m) of the model.</summary>
    public ReadOnlySpan<double> Noise => _noise.AsSpan(0, MeasurementDimension * MeasurementDimension);

    /// <summary>log det S.</summary>
    public double LogDeterminant { get; private set; }

    internal Span<double> MeanBuffer => _mean.AsSpan(0, MeasurementDimension);
    internal Span<double> CovarianceBuffer => _covariance.AsSpan(0, MeasurementDimension * MeasurementDimension);
    internal Span<double> CrossBuffer => _cross.AsSpan(0, StateDimension * MeasurementDimension);
    internal Span<double> JacobianBuffer => _jacobian.AsSpan(0, MeasurementDimension * StateDimension);
    internal Span<double> NoiseBuffer => _noise.AsSpan(0, MeasurementDimension * MeasurementDimension);

    internal void Begin(IMeasurementModel model, bool hasJacobian)
    {
        Model = model;
        StateDimension = model.StateDimension;
        MeasurementDimension = model.MeasurementDimension;
        HasJacobian = hasJacobian;
        model.Noise(NoiseBuffer);
    }

    /// <summary>Symmetrises S, factorises it (repairing and counting if needed) and records log det S.</summary>
    internal void Finish(CovarianceRepairOptions repair, FilterCounters counters)
    {
        int m = MeasurementDimension;
        Span<double> s = CovarianceBuffer, l = _cholesky.AsSpan(0, m * m);
        SmallMatrix.Symmetrise(s, m);
        if (!SmallMatrix.Cholesky(s, m, l))
        {
            CovarianceRepair.Repair(s, m, repair, counters, l);
            SmallMatrix.Cholesky(s, m, l);
        }
        LogDeterminant = SmallMatrix.LogDeterminantFromCholesky(l, m);
    }

    /// <summary>ν = z − ẑ, angles wrapped.</summary>
    public void Innovation(ReadOnlySpan<double> measurement, Span<double> innovation)
    {
        RequireModel().Residual(measurement, Mean, innovation);
    }

    /// <summary>
    /// Squared Mahalanobis distance νᵀ S⁻¹ ν of a candidate measurement: chi-square with m degrees of freedom under
    /// the model, the quantity a gate thresholds.
    /// </summary>
    public double SquaredMahalanobis(ReadOnlySpan<double> measurement)
    {
        int m = MeasurementDimension;
        Span<double> nu = stackalloc double[m];
        Span<double> scratch = stackalloc double[m];
        Innovation(measurement, nu);
        return SmallMatrix.SquaredMahalanobis(CholeskyFactor, m, nu, scratch);
    }

    /// <summary>log N(z; ẑ, S): the measurement likelihood an IMM or a PDA weighs hypotheses with.</summary>
    public double LogLikelihood(ReadOnlySpan<double> measurement) =>
        -0.5 * (SquaredMahalanobis(measurement) + LogDeterminant + MeasurementDimension * Math.Log(2.0 * Math.PI));

    private IMeasurementModel RequireModel() =>
        Model ?? throw new InvalidOperationException("no measurement has been predicted yet");
}
