using Oberig.Core.Geodesy;
using Oberig.Engine.Events;
using Oberig.Engine.Phases;
using Oberig.Engine.Results;
using Oberig.Engine.Running;
using Oberig.Engine.Sensing;
using Oberig.Engine.World;
using Oberig.Models.Sensors;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Model;

namespace Oberig.Engine.Tests.Sensing;

public class RadarSensingTests
{
    /// <summary>The catalog's long-range 3D surveillance radar figures (notional), copied so the test owns them.</summary>
    internal static SensorType Surveillance() => new()
    {
        Id = "test-radar", Name = "Test surveillance radar", Kind = SensorKind.Surveillance, InstrumentedRangeM = 470_000,
        PeakPowerW = 60_000, AntennaGainDb = 38, FrequencyHz = 3e9, PulseWidthS = 150e-6, NoiseFigureDb = 3, SystemLossesDb = 8,
        PulsesPerDwell = 32, ScanPeriodS = 6, MinElevationDeg = -2, MaxElevationDeg = 20, AntennaHeightM = 10, MaxTracks = 500,
        RangeAccuracyM = 100, AzimuthAccuracyDeg = 0.2, ElevationAccuracyDeg = 0.3, BandwidthHz = 1e6, FalseAlarmProbability = 1e-6,
        Sources = new Dictionary<string, string>(),
    };

    private static ScenarioDefinition WithRadar(ScenarioDefinition s, SensorType? radar = null) =>
        s with { Sensors = [new SensorSite("radar", TestScenarios.Kyiv, radar ?? Surveillance())] };

    private static ThreatTypeOutcome Outcome(ScenarioDefinition s, int replication = 0) =>
        Assert.Single(ReplicationRunner.RunOne(s, 7, replication).Threats);

    [Fact]
    public void ALowCruiseMissileIsFirstSeenAtTheRadarHorizonWhileAHighDroneIsSeenFarBeyondIt()
    {
        // Both fly from 200 km north straight at the radar's city; same RCS, so only the height differs.
        var drone = TestScenarios.Drone() with { CruiseAltitudeM = 1000, RcsM2 = 0.1 };
        var cruise = TestScenarios.Drone(speed: 200) with { Id = "test-cruise", CruiseAltitudeM = 50, RcsM2 = 0.1, TerminalDiveRangeM = 3000, MaxTurnRateDegPerS = 5 };
        var high = Outcome(WithRadar(TestScenarios.Raid(1, 0, distanceNorthKm: 200, threat: drone, durationS: 6000)));
        var low = Outcome(WithRadar(TestScenarios.Raid(1, 0, distanceNorthKm: 200, threat: cruise, durationS: 2000)));

        // 4/3-earth horizon for a 10 m antenna and a 50 m target: 4.12 (sqrt 10 + sqrt 50) km = 42.2 km.
        double horizonKm = 4.12 * (Math.Sqrt(10) + Math.Sqrt(50));
        Assert.InRange(low.FirstDetectionRangeM!.Value / 1000, horizonKm - 2.5, horizonKm + 0.5);
        // The drone at 1,000 m is above the horizon from launch on; it is seen where the radar equation allows.
        Assert.True(high.FirstDetectionRangeM > 3 * low.FirstDetectionRangeM,
            $"drone first seen at {high.FirstDetectionRangeM / 1000:0} km, cruise missile at {low.FirstDetectionRangeM / 1000:0} km");
        Assert.Equal(1, high.Detected);
        Assert.Equal(1, low.Detected);
    }

    [Fact]
    public void FirstDetectionRangesFollowTheCumulativeDetectionProbabilityAlongTheTrajectory()
    {
        // A target at 10 km is above the horizon (425 km) from launch, so only the radar equation limits detection.
        var target = TestScenarios.Drone(speed: 200) with { CruiseAltitudeM = 10_000, RcsM2 = 0.1, MaxClimbRateMps = 100, TerminalDiveRangeM = 10_000 };
        var scenario = WithRadar(TestScenarios.Raid(1, 0, distanceNorthKm: 450, threat: target, durationS: 3000));
        const int replications = 200;
        var observed = Enumerable.Range(0, replications).Select(r => Outcome(scenario, r).FirstDetectionRangeM!.Value).ToArray();

        // Independent expectation: fly the same trajectory, take the slant range at each whole second, and let a scan
        // happen every 6 s from a phase j = 1..6 s (the engine scans at the first step end after its random schedule),
        // each detecting with the exact square-law Pd (Swerling 1, 32 pulses, Pfa 1e-6).
        var radar = Surveillance();
        var equation = RadarEquation.For(radar);
        var detector = new SquareLawDetector(1e-6, 32);
        var flight = WorldBuilder.Build(scenario, 7, 0).Threats[0].Flight;
        var antenna = Wgs84.ToEcef(TestScenarios.Kyiv.WithHeight(radar.AntennaHeightM));
        var range = new List<double> { 0 };
        while (!flight.HasImpacted && range.Count < 3000) { flight.Advance(Oberig.Core.Time.SimDuration.FromSeconds(1)); range.Add(flight.State.Position.DistanceTo(antenna)); }
        double expectedMean = 0, expectedSquare = 0;
        for (int phase = 1; phase <= 6; phase++)
        {
            double notYet = 1;
            for (int t = phase; t < range.Count && range[t] <= radar.InstrumentedRangeM; t += 6)
            {
                double pd = detector.Pd(equation.Snr(0.1, range[t]), SwerlingCase.Swerling1);
                expectedMean += notYet * pd * range[t] / 6;
                expectedSquare += notYet * pd * range[t] * range[t] / 6;
                notYet *= 1 - pd;
            }
        }
        double sd = Math.Sqrt(expectedSquare - expectedMean * expectedMean);
        double standardError = sd / Math.Sqrt(replications);
        Assert.InRange(observed.Average(), expectedMean - 4 * standardError, expectedMean + 4 * standardError);
        Assert.InRange(Sd(observed), 0.7 * sd, 1.3 * sd);
    }

    private static double Sd(double[] x)
    {
        double m = x.Average();
        return Math.Sqrt(x.Sum(v => (v - m) * (v - m)) / (x.Length - 1));
    }

    private sealed class DetectionProbe : ITracking
    {
        public int Scans, FalseAlarms, TargetReports;
        public void Track(StepContext c)
        {
            if (c.World.Detections.Count == 0) return;
            Scans++;
            foreach (var d in c.World.Detections)
            {
                if (d.Threat < 0) FalseAlarms++; else TargetReports++;
                Assert.InRange(d.Measured.RangeM, 0, 470_000);
                Assert.True(double.IsFinite(d.Position.East) && double.IsFinite(d.RangeSigmaM));
            }
        }
    }

    [Fact]
    public void FalseAlarmsArriveAtPfaTimesTheResolutionCells()
    {
        // No threat ever launches within the run: every report is a false alarm.
        var scenario = WithRadar(TestScenarios.Raid(1, 0, firstLaunchS: 100_000, durationS: 6 * 2000));
        var world = WorldBuilder.Build(scenario, 7, 0);
        var probe = new DetectionProbe();
        new Simulation(PhaseSet.For(world) with { Tracking = probe }).Run(world, new EventStream());
        double expectedPerScan = Oberig.Models.Sensors.FalseAlarms.ExpectedPerScan(Surveillance(), 1e-6);
        Assert.Equal(0, probe.TargetReports);
        // 2,000 scans: Poisson total with mean 2000 x expected; allow 5 standard deviations. (Scans with no false
        // alarm leave the list empty, so count scans by time instead of by the probe.)
        double mean = 2000 * expectedPerScan;
        Assert.InRange(probe.FalseAlarms, mean - 5 * Math.Sqrt(mean), mean + 5 * Math.Sqrt(mean));
    }

    [Fact]
    public void AddingARadarDoesNotChangeWhatAnotherRadarSees()
    {
        var drone = TestScenarios.Drone() with { CruiseAltitudeM = 1000, RcsM2 = 0.1 };
        var one = WithRadar(TestScenarios.Raid(3, 30, distanceNorthKm: 200, threat: drone, durationS: 6000));
        var other = new SensorSite("second", new LocalFrame(TestScenarios.Kyiv).ToGeodetic(new Enu(50_000, 0, 0)).WithHeight(0), Surveillance());
        var two = one with { Sensors = [.. one.Sensors, other] };
        List<SimEvent> Detections(ScenarioDefinition s)
        {
            var world = WorldBuilder.Build(s, 7, 0);
            var events = new EventStream();
            var recorder = new EventRecorder();
            events.Subscribe(recorder);
            new Simulation().Run(world, events);
            return recorder.Events.Where(e => e.Kind == SimEventKind.Detection && e.Actor == 0).ToList();
        }
        Assert.Equal(Detections(one), Detections(two));
        Assert.NotEmpty(Detections(one));
    }

    [Fact]
    public void FireUnitsBringTheirOwnFireControlRadars()
    {
        var scenario = TestScenarios.Raid(1, 0);
        var fcr = Surveillance() with { Id = "test-fcr", Kind = SensorKind.FireControl, InstrumentedRangeM = 100_000, ScanPeriodS = 1 };
        var unit = new FireUnit
        {
            Id = "sam-1", Site = TestScenarios.Kyiv,
            System = new SystemType { Id = "sys", Name = "s", Kind = SystemKind.LongRangeSam, Interceptor = "m", FireControlRadar = "test-fcr",
                Launchers = 1, RoundsPerLauncher = 1, ReloadTimeS = 1, FireChannels = 1, Sources = new Dictionary<string, string>() },
            Interceptor = new InterceptorType { Id = "m", Name = "m", Kind = InterceptorKind.Missile, MinRangeM = 1, MaxRangeM = 2, MinAltitudeM = 0,
                MaxAltitudeM = 1, MaxSpeedMps = 1, UnitCostEur = 1, Sources = new Dictionary<string, string>() },
            FireControlRadar = fcr, Launchers = 1, ReadyRounds = 1, ReloadTime = Oberig.Core.Time.SimDuration.FromSeconds(1), FireChannels = 1,
        };
        var world = WorldBuilder.Build(scenario with { FireUnits = [unit] }, 7, 0);
        var radar = Assert.Single(world.Sensors);
        Assert.Equal(("sam-1/radar", 0), (radar.Id, radar.FireUnit));
    }
}
