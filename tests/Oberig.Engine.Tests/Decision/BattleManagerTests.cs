using Oberig.Core.Geodesy;
using Oberig.Core.Time;
using Oberig.Engine.Events;
using Oberig.Engine.Phases;
using Oberig.Engine.Tests.Sensing;
using Oberig.Engine.World;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Model;

namespace Oberig.Engine.Tests.Decision;

/// <summary>The Decide and Engage phases in the engine: fire on the tracker's picture, never on the truth.</summary>
public class BattleManagerTests
{
    /// <summary>A short-range missile battery 3 km north of the city (a notional test system, not a catalog entry).</summary>
    private static FireUnit Battery(double unitCostEur = 100_000, double pkDrone = 0.7)
    {
        var radar = RadarSensingTests.Surveillance() with
        {
            Id = "test-fcr", Kind = SensorKind.FireControl, InstrumentedRangeM = 30_000, ScanPeriodS = 1, PulsesPerDwell = 16,
        };
        var site = new LocalFrame(TestScenarios.Kyiv).ToGeodetic(new Enu(0, 3000, 0)).WithHeight(0);
        return new FireUnit
        {
            Id = "sam-1", Site = site, FireControlRadar = radar, Launchers = 2, ReadyRounds = 8, FireChannels = 2,
            ReloadTime = SimDuration.FromSeconds(600),
            System = new SystemType
            {
                Id = "test-sam", Name = "Test SAM", Kind = SystemKind.ShortRangeSam, Interceptor = "test-missile", FireControlRadar = "test-fcr",
                Launchers = 2, RoundsPerLauncher = 4, ReloadTimeS = 600, FireChannels = 2, Sources = new Dictionary<string, string>(),
            },
            Interceptor = new InterceptorType
            {
                Id = "test-missile", Name = "Test missile", Kind = InterceptorKind.Missile, MinRangeM = 500, MaxRangeM = 15_000,
                MinAltitudeM = 0, MaxAltitudeM = 6000, MaxSpeedMps = 800, UnitCostEur = unitCostEur,
                SingleShotPk = new KillProbabilities { Drone = pkDrone }, Sources = new Dictionary<string, string>(),
            },
        };
    }

    private static ScenarioDefinition Defended(double? assetValueEur, FireUnit battery)
    {
        var raid = TestScenarios.Raid(1, 0, distanceNorthKm: 40, durationS: 1500);
        var city = raid.Assets[0] with { ValueEur = assetValueEur };
        return raid with
        {
            Assets = [city],
            Sensors = [new SensorSite("radar", TestScenarios.Kyiv, RadarSensingTests.Surveillance())],
            FireUnits = [battery],
            Raids = [raid.Raids[0] with { Target = city }],
        };
    }

    private static List<SimEvent> Run(ScenarioDefinition scenario, int replication, Func<SimulationWorld, PhaseSet>? phases = null)
    {
        var world = WorldBuilder.Build(scenario, 11, replication);
        var events = new EventStream();
        var recorder = new EventRecorder();
        events.Subscribe(recorder);
        new Simulation((phases ?? PhaseSet.For)(world)).Run(world, events);
        return recorder.Events;
    }

    [Fact]
    public void TheBatteryFiresOnlyAfterTheDronesTrackIsConfirmedAndUsuallyKillsIt()
    {
        int kills = 0;
        for (int r = 0; r < 4; r++)
        {
            var events = Run(Defended(1e9, Battery()), r);
            var fires = events.Where(e => e.Kind == SimEventKind.Fire).ToList();
            Assert.NotEmpty(fires);
            var firstTrack = events.First(e => e.Kind == SimEventKind.TrackStart).Time;
            Assert.All(fires, f => Assert.True(f.Time >= firstTrack, $"fired at {f.Time} before the first track at {firstTrack}"));
            Assert.All(fires, f => Assert.Equal(1, f.Value)); // one missile a shot: drones get a salvo of 1
            // Shoot-look-shoot: never a second missile while one is in flight on the same threat.
            var resolutions = events.Where(e => e.Kind is SimEventKind.Intercept or SimEventKind.Miss).ToList();
            Assert.InRange(fires.Count - resolutions.Count, 0, 1);
            if (events.Any(e => e.Kind == SimEventKind.Intercept)) kills++;
            Assert.Equal(events.Any(e => e.Kind == SimEventKind.Intercept), !events.Any(e => e.Kind == SimEventKind.Leak));
        }
        // Pk 0.7 a shot and several shots before the drone arrives: a kill in nearly every replication.
        Assert.True(kills >= 3, $"{kills} kills in 4 replications");
    }

    [Fact]
    public void WithoutAnAirPictureNobodyFiresEvenWithTheTruthInTheSnapshot()
    {
        var events = Run(Defended(1e9, Battery()), 0, w => PhaseSet.For(w) with { Tracking = NotModelled.Instance });
        Assert.DoesNotContain(events, e => e.Kind == SimEventKind.Fire);
        Assert.Contains(events, e => e.Kind == SimEventKind.Leak);
    }

    [Fact]
    public void AnInterceptorDearerThanTheDamageItPreventsIsNotFiredUnlessPricesAreNotWeighed()
    {
        // The evaluator counts a drone's hit as 2 % of the asset: EUR 20 k of an asset worth EUR 1 M. A EUR 2 M missile
        // at Pk 0.7 saves less than it costs. Without value_eur, prices are not weighed and the battery fires.
        var dear = Battery(unitCostEur: 2_000_000);
        Assert.DoesNotContain(Run(Defended(1e6, dear), 0), e => e.Kind == SimEventKind.Fire);
        Assert.Contains(Run(Defended(null, dear), 0), e => e.Kind == SimEventKind.Fire);
    }

    [Fact]
    public void ShootShootFiresMoreInterceptorsAndLetsFewerThreatsThroughThanShootLookShoot()
    {
        // Fast threats (250 m/s) cross the 15 km envelope in about two minutes: time for a few looks at Pk 0.15 a shot.
        // Shoot-look-shoot fires one salvo and waits for its result; shoot-shoot fires a second one 2 s later. Plenty
        // of rounds, so shoot-shoot's appetite does not run the battery dry and cost it later threats.
        var battery = Battery() with { ReadyRounds = 200 };
        // Whatever the classifier makes of a 250 m/s target, the same Pk.
        battery = battery with { Interceptor = battery.Interceptor with { SingleShotPk = new KillProbabilities { Drone = 0.15, Cruise = 0.15, Aircraft = 0.15 } } };
        var raid = TestScenarios.Raid(6, 40, distanceNorthKm: 45, durationS: 1500, threat: TestScenarios.Drone(speed: 250));
        var city = raid.Assets[0] with { ValueEur = 1e9 };
        var scenario = raid with
        {
            Assets = [city],
            Sensors = [new SensorSite("radar", TestScenarios.Kyiv, RadarSensingTests.Surveillance())],
            FireUnits = [battery],
            Raids = [raid.Raids[0] with { Target = city }],
        };
        (int Fired, int Leaked) Tally(FiringRule rule)
        {
            var doctrined = scenario with { BattleManagement = new BattleManagementSettings { Doctrine = new DoctrineSettings { Firing = rule } } };
            int fired = 0, leaked = 0;
            for (int r = 0; r < 6; r++)
            {
                var events = Run(doctrined, r);
                fired += (int)events.Where(e => e.Kind == SimEventKind.Fire).Sum(e => e.Value);
                leaked += events.Count(e => e.Kind == SimEventKind.Leak);
            }
            return (fired, leaked);
        }
        var sls = Tally(FiringRule.ShootLookShoot);
        var ss = Tally(FiringRule.ShootShoot);
        Assert.True(ss.Fired > sls.Fired * 1.2, $"missiles fired: shoot-shoot {ss.Fired}, shoot-look-shoot {sls.Fired}");
        Assert.True(ss.Leaked < sls.Leaked, $"leakers of 36: shoot-shoot {ss.Leaked}, shoot-look-shoot {sls.Leaked}");
    }
}
