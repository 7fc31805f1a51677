using Oberig.Tracking.Recorded;
using Oberig.Tracking.Simulation;

namespace Oberig.Tracking.Tests.Simulation;

public class ConstantVelocityScenarioTests
{
    private static readonly ConstantVelocityScenarioOptions Options = new()
    {
        Targets = 200, Scans = 50, DetectionProbability = 0.9, ClutterPerScan = 20, MeasurementSigmaM = 2.0, ProcessNoise = 0.5, Seed = 3,
    };

    [Fact]
    public void DetectionRateClutterAndNoiseMatchTheirParameters()
    {
        var (truth, detections) = ConstantVelocityScenario.Generate(Options);
        Assert.Equal(200 * 50, truth.Count);

        // A detection is a target's when it lies within 5 sigma (10 m) of a truth at that time: a target's own detection
        // falls outside with probability e^-12.5; about 0.16 clutter points a scan fall inside (0.8 % of the square).
        var byTime = truth.GroupBy(p => p.TimeS).ToDictionary(g => g.Key, g => g.ToArray());
        int targetDetections = 0;
        double sumSq = 0;
        foreach (var d in detections)
        {
            var nearest = byTime[d.TimeS].MinBy(p => (p.Position - d.Position).NormSquared);
            double e2 = (nearest.Position - d.Position).NormSquared;
            if (e2 < 10.0 * 10.0) { targetDetections++; sumSq += e2; }
        }
        double n = 200 * 50;
        // Binomial(10,000, 0.9): sd 30; clutter inside the 10 m gates adds about 8.
        Assert.InRange(targetDetections, 0.9 * n - 150, 0.9 * n + 150);
        int clutter = detections.Count - targetDetections;
        // Poisson total over 50 scans: mean 1,000, sd 32.
        Assert.InRange(clutter, 1000 - 160, 1000 + 160);
        // Mean squared 2-D error is 2 sigma² = 8 m² (chi-square with 2 dof, 9,000 samples: sd of the mean ~0.08).
        Assert.InRange(sumSq / targetDetections, 8 * 0.95, 8 * 1.05);
    }

    [Fact]
    public void VelocityDiffusesWithTheWhiteNoiseAccelerationVariance()
    {
        // x(k+1) - 2x(k) + x(k-1) = w_v(k-1) dt + w_x(k) - w_x(k-1), whose variance from the discretised covariance
        // q [dt³/3, dt²/2; dt²/2, dt] is q dt³ (1 + 1/3 + 1/3 - 1) = (2/3) q dt³.
        var (truth, _) = ConstantVelocityScenario.Generate(Options with { MeasurementSigmaM = 1e-9, ClutterPerScan = 0 });
        var tracks = truth.GroupBy(p => p.TargetId).Select(g => g.OrderBy(p => p.TimeS).Select(p => p.Position.X).ToArray()).ToList();
        var second = tracks.SelectMany(x => Enumerable.Range(1, x.Length - 2).Select(k => x[k + 1] - 2 * x[k] + x[k - 1])).ToArray();
        double variance = second.Select(s => s * s).Average();
        Assert.InRange(variance / (2.0 / 3.0 * Options.ProcessNoise), 0.9, 1.1);
    }

    [Fact]
    public void SameSeedSameFilesAndTheyReadBack()
    {
        var a = ConstantVelocityScenario.Generate(Options with { Targets = 5, Scans = 4 });
        var b = ConstantVelocityScenario.Generate(Options with { Targets = 5, Scans = 4 });
        Assert.Equal(a.Detections, b.Detections);
        string dir = Directory.CreateTempSubdirectory("oberig-cv-").FullName;
        RecordedCsvWriter.WriteDetections(Path.Combine(dir, "d.csv"), a.Detections);
        RecordedCsvWriter.WriteTruth(Path.Combine(dir, "t.csv"), a.Truth);
        var log = DetectionLog.Read(Path.Combine(dir, "d.csv"));
        Assert.Equal(a.Detections.Select(d => d.Position), log.Scans.SelectMany(s => s.Detections).Select(d => d.Position));
        Assert.Equal(5, TruthLog.Read(Path.Combine(dir, "t.csv")).TargetCount);
    }
}
