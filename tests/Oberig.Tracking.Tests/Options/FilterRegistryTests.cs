using Oberig.Tracking.Models.Transition;
using Oberig.Tracking.Options;
using Oberig.Tracking.Predictors;
using Oberig.Tracking.Updaters;

namespace Oberig.Tracking.Tests.Options;

public class FilterRegistryTests
{
    [Theory]
    [InlineData("kalman", typeof(KalmanPredictor), typeof(KalmanUpdater))]
    [InlineData("extended", typeof(ExtendedKalmanPredictor), typeof(ExtendedKalmanUpdater))]
    [InlineData("unscented", typeof(UnscentedKalmanPredictor), typeof(UnscentedKalmanUpdater))]
    public void NamesBuildTheirFilters(string name, Type predictor, Type updater)
    {
        var pair = FilterRegistry.CreateFilter(new FilterOptions(name));
        Assert.IsType(predictor, pair.Predictor);
        Assert.IsType(updater, pair.Updater);
        Assert.Equal(name, pair.Predictor.Name);
        Assert.Equal(name, pair.Updater.Name);
        Assert.Equal(6, pair.Predictor.Model.StateDimension);
    }

    [Fact]
    public void DefaultsAreDocumentedValues()
    {
        var o = FilterOptions.Default;
        Assert.Equal("extended", o.Name);
        Assert.Equal(3, o.Axes);
        Assert.Equal("cv", o.MotionOrDefault.Name);
        Assert.Equal(new UnscentedOptions(1, 2, 0), o.UnscentedOrDefault);
        Assert.True(o.UpdaterOrDefault.JosephForm);
        Assert.Empty(FilterRegistry.Problems(o));
        var imm = ImmOptions.Default;
        Assert.Equal(["cv", "ct", "ballistic"], imm.ModesOrDefault.Select(m => m.Name));
        Assert.Equal([0.95, 0.025, 0.025, 0.025, 0.95, 0.025, 0.025, 0.025, 0.95], imm.TransitionMatrixOrDefault());
    }

    [Fact]
    public void ImmBuildsSevenStateModesWithTheCountersShared()
    {
        var counters = new FilterCounters();
        var imm = FilterRegistry.CreateImm(new FilterOptions(FilterNames.Imm), counters);
        Assert.Equal(3, imm.ModeCount);
        Assert.Equal(7, imm.StateDimension);
        Assert.IsType<PaddedTransition>(imm.Modes[0].Predictor.Model);
        Assert.IsType<CoordinatedTurn>(imm.Modes[1].Predictor.Model);
        Assert.All(imm.Modes, m => Assert.Same(counters, m.Updater.Counters));
    }

    [Fact]
    public void ProblemsAreAllReportedAtOnceWithTheAllowedValues()
    {
        var bad = new FilterOptions("particle", Axes: 4, Motion: new MotionModelOptions("jerk", SpectralDensity: -1));
        var problems = FilterRegistry.Problems(bad);
        Assert.Contains(problems, p => p.Contains("'particle' is unknown; allowed: kalman, extended, unscented, imm"));
        Assert.Contains(problems, p => p.Contains("axes must be 2 or 3"));
        Assert.Contains(problems, p => p.Contains("'jerk' is unknown; allowed: cv, ct, ballistic"));
        Assert.Contains(problems, p => p.Contains("spectral_density"));
        Assert.Contains(FilterRegistry.Problems(new FilterOptions("kalman", Motion: new MotionModelOptions("ct"))), p => p.Contains("linear motion model"));
        Assert.Contains(FilterRegistry.Problems(new FilterOptions("imm", Imm: new ImmOptions(ModeFilter: "kalman"))), p => p.Contains("mode_filter"));
        Assert.Throws<ArgumentException>(() => FilterRegistry.CreateFilter(bad));
    }
}
