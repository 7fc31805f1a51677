using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Tracking.Imm;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Models.Transition;
using Oberig.Tracking.Options;
using Oberig.Tracking.Predictors;
using Oberig.Tracking.State;
using Oberig.Tracking.Updaters;

namespace Oberig.Tracking.Tests.Updaters;

/// <summary>The filter step allocates nothing once warmed up (DESIGN principle 7); measured, not assumed.</summary>
public class AllocationTests
{
    private static long AllocatedBy(Action<int> step)
    {
        for (int k = 1; k <= 50; k++) step(k); // warm-up: JIT, tiering, lazily built statics
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int k = 51; k <= 1050; k++) step(k);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static GaussianState Prior(int n)
    {
        var s = new GaussianState(n);
        for (int i = 0; i < n; i++) s.Mean[i] = i % 2 == 0 ? 20_000 + 1000 * i : 100;
        var v = new double[n];
        for (int i = 0; i < n; i++) v[i] = i % 2 == 0 ? 400 : 100;
        if (n % 2 == 1) { s.Mean[n - 1] = 0; v[n - 1] = 1e-4; }
        s.SetDiagonalCovariance(v);
        return s;
    }

    public static TheoryData<string> Filters => new() { FilterNames.Kalman, FilterNames.Extended, FilterNames.Unscented };

    [Theory]
    [MemberData(nameof(Filters))]
    public void PredictAndUpdateAllocateNothing(string name)
    {
        var pair = FilterRegistry.CreateFilter(new FilterOptions(name, Axes: 3));
        IMeasurementModel sensor = name == FilterNames.Kalman
            ? PositionMeasurement.Cartesian(3, 10)
            : SphericalMeasurement.RangeAzimuthElevation(Vec3.Zero, 10, 1e-3, 1e-3);
        var state = Prior(6);
        var mp = new MeasurementPrediction();
        var z = new double[3];
        long bytes = AllocatedBy(k =>
        {
            pair.Predictor.Predict(state, SimTime.FromSeconds(k), state);
            sensor.Function(state.Mean, z);
            z[0] += 1;
            pair.Updater.PredictMeasurement(state, sensor, mp);
            mp.SquaredMahalanobis(z);
            pair.Updater.Update(state, mp, z, state);
        });
        Assert.Equal(0, bytes);
    }

    [Fact]
    public void ImmStepAllocatesNothing()
    {
        var counters = new FilterCounters();
        InteractingMultipleModel imm = FilterRegistry.CreateImm(new FilterOptions(FilterNames.Imm), counters);
        var state = imm.CreateState(Prior(7), ImmOptions.Default.InitialProbabilitiesOrDefault());
        var sensor = SphericalMeasurement.RangeAzimuthElevation(Vec3.Zero, 10, 1e-3, 1e-3, stateDimension: 7);
        var z = new double[3];
        long bytes = AllocatedBy(k =>
        {
            imm.Predict(state, SimTime.FromSeconds(k));
            sensor.Function(state.Combined.Mean, z);
            z[0] += 1;
            imm.PredictMeasurement(state, sensor);
            imm.SquaredMahalanobis(state, z);
            imm.Update(state, z);
        });
        Assert.Equal(0, bytes);
        Assert.Equal(0, counters.CovarianceRepairs);
    }

    [Fact]
    public void SmallModelsAllocateNothingEither()
    {
        var ct = CoordinatedTurn.WithEstimatedRate(1, 1e-3);
        var predictor = new UnscentedKalmanPredictor(ct);
        var state = Prior(7);
        Assert.Equal(0, AllocatedBy(k => predictor.Predict(state, SimTime.FromSeconds(k), state)));
    }
}
