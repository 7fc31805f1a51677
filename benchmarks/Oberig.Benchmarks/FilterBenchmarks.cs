using BenchmarkDotNet.Attributes;
using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Tracking;
using Oberig.Tracking.Imm;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Models.Transition;
using Oberig.Tracking.Options;
using Oberig.Tracking.Predictors;
using Oberig.Tracking.State;
using Oberig.Tracking.Updaters;

namespace Oberig.Benchmarks;

/// <summary>
/// One filter step (predict 1 s ahead, predict the measurement, update) for one track, in nanoseconds and bytes. Each
/// invocation steps a fixed set of tracks so the figure includes the memory traffic of many estimates, as in a
/// tracker; measurements are the predicted ones plus a fixed offset, so no random draws are timed.
/// </summary>
[MemoryDiagnoser]
public class FilterBenchmarks
{
    private const int Tracks = 256;
    private GaussianState[] _cv2 = [], _polar = [], _polarU = [];
    private ImmState[] _imm = [];
    private IPredictor _kfPredictor = null!, _ekfPredictor = null!, _ukfPredictor = null!;
    private IUpdater _kfUpdater = null!, _ekfUpdater = null!, _ukfUpdater = null!;
    private InteractingMultipleModel _immFilter = null!;
    private IMeasurementModel _position2 = null!, _radar = null!, _radar7 = null!;
    private readonly MeasurementPrediction _mp = new();
    private readonly double[] _z = new double[3];
    private int _step;

    [GlobalSetup]
    public void Setup()
    {
        var cv2 = new ConstantVelocity(2, 1.0);
        var cv3 = new ConstantVelocity(3, 1.0);
        _kfPredictor = new KalmanPredictor(cv2);
        _kfUpdater = new KalmanUpdater();
        _ekfPredictor = new ExtendedKalmanPredictor(cv3);
        _ekfUpdater = new ExtendedKalmanUpdater();
        _ukfPredictor = new UnscentedKalmanPredictor(cv3);
        _ukfUpdater = new UnscentedKalmanUpdater();
        _immFilter = FilterRegistry.CreateImm(new FilterOptions(FilterNames.Imm));
        _position2 = PositionMeasurement.Cartesian(2, 10);
        _radar = SphericalMeasurement.RangeAzimuthElevation(Vec3.Zero, 10, 1e-3, 1e-3);
        _radar7 = SphericalMeasurement.RangeAzimuthElevation(Vec3.Zero, 10, 1e-3, 1e-3, stateDimension: 7);
        _cv2 = new GaussianState[Tracks];
        _polar = new GaussianState[Tracks];
        _polarU = new GaussianState[Tracks];
        _imm = new ImmState[Tracks];
        var p0 = ImmOptions.Default.InitialProbabilitiesOrDefault();
        for (int t = 0; t < Tracks; t++)
        {
            _cv2[t] = Initial(4, t);
            _polar[t] = Initial(6, t);
            _polarU[t] = Initial(6, t);
            _imm[t] = _immFilter.CreateState(Initial(7, t), p0);
        }
    }

    private static GaussianState Initial(int n, int t)
    {
        var s = new GaussianState(n);
        var v = new double[n];
        for (int i = 0; i < n; i++)
        {
            s.Mean[i] = i % 2 == 0 ? 20_000 + 37.0 * t + 1000 * i : 150 - t;
            v[i] = i % 2 == 0 ? 400 : 100;
        }
        if (n == 7) { s.Mean[6] = 0; v[6] = 1e-4; }
        s.SetDiagonalCovariance(v);
        return s;
    }

    private void Step(IPredictor predictor, IUpdater updater, IMeasurementModel sensor, GaussianState[] states)
    {
        var time = SimTime.FromSeconds(++_step);
        foreach (var s in states)
        {
            predictor.Predict(s, time, s);
            updater.PredictMeasurement(s, sensor, _mp);
            _mp.Mean.CopyTo(_z);
            _z[0] += 3;
            updater.Update(s, _mp, _z, s);
        }
    }

    [Benchmark(OperationsPerInvoke = Tracks, Description = "CV 2D KF predict+update")]
    public void KalmanCv2D() => Step(_kfPredictor, _kfUpdater, _position2, _cv2);

    [Benchmark(OperationsPerInvoke = Tracks, Description = "CV 3D EKF polar predict+update")]
    public void ExtendedPolar() => Step(_ekfPredictor, _ekfUpdater, _radar, _polar);

    [Benchmark(OperationsPerInvoke = Tracks, Description = "CV 3D UKF polar predict+update")]
    public void UnscentedPolar() => Step(_ukfPredictor, _ukfUpdater, _radar, _polarU);

    [Benchmark(OperationsPerInvoke = Tracks, Description = "IMM(CV,CT,ballistic) EKF polar step")]
    public void ImmStep()
    {
        var time = SimTime.FromSeconds(++_step);
        foreach (var s in _imm)
        {
            _immFilter.Predict(s, time);
            _immFilter.PredictMeasurement(s, _radar7);
            s.MeasurementPredictions[0].Mean.CopyTo(_z);
            _z[0] += 3;
            _immFilter.Update(s, _z);
        }
    }
}
