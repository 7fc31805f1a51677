using Oberig.Engine.Events;
using Oberig.Engine.World;
using Oberig.Scenario.Catalog;

namespace Oberig.Engine.Results;

/// <summary>An event sink that counts what each threat and fire unit did, then summarises the replication.</summary>
public sealed class OutcomeTally(SimulationWorld world) : IEventSink
{
    private readonly bool[] _launched = new bool[world.Threats.Count];
    private readonly bool[] _engaged = new bool[world.Threats.Count];
    private readonly bool[] _destroyed = new bool[world.Threats.Count];
    private readonly bool[] _leaked = new bool[world.Threats.Count];
    private readonly double[] _missilesAt = new double[world.Threats.Count];
    private readonly int[] _burstsAt = new int[world.Threats.Count];
    private readonly double[] _roundsByFireUnit = new double[world.Scenario.FireUnits.Count];
    private readonly double[] _firstDetectionS = Enumerable.Repeat(double.NaN, world.Threats.Count).ToArray();
    private readonly double[] _firstDetectionRangeM = new double[world.Threats.Count];

    public void OnEvent(in SimEvent e)
    {
        switch (e.Kind)
        {
            case SimEventKind.Launch: _launched[e.Threat] = true; break;
            case SimEventKind.Detection when e.Threat >= 0 && double.IsNaN(_firstDetectionS[e.Threat]):
                _firstDetectionS[e.Threat] = (e.Time - world.Threats[e.Threat].LaunchTime).Seconds;
                _firstDetectionRangeM[e.Threat] = SlantRange(world.Sensors[e.Actor], world.Snapshot[e.Threat].Kinematics.Position);
                break;
            case SimEventKind.Fire:
                if (e.Threat >= 0) // -1: a false track was engaged
                {
                    _engaged[e.Threat] = true;
                    if (world.Scenario.FireUnits[e.Actor].Interceptor.Kind == InterceptorKind.GunRound) _burstsAt[e.Threat]++;
                    else _missilesAt[e.Threat] += e.Value;
                }
                // A Fire event's Value is the rounds expended: 1 per missile, the burst length for a gun.
                _roundsByFireUnit[e.Actor] += e.Value;
                break;
            case SimEventKind.Intercept:
                // An interceptor may find another threat than the one its track was on when fired: it engaged that one.
                _destroyed[e.Threat] = true;
                _engaged[e.Threat] = true;
                break;
            case SimEventKind.Miss when e.Threat >= 0: _engaged[e.Threat] = true; break;
            case SimEventKind.Leak: _leaked[e.Threat] = true; break;
        }
    }

    public ReplicationResult Summarise(long eventCount)
    {
        var threats = world.Threats
            .GroupBy(t => t.Type.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ThreatTypeOutcome(
                g.Key,
                Launched: g.Count(t => _launched[t.Index]),
                Detected: g.Count(t => !double.IsNaN(_firstDetectionS[t.Index])),
                Engaged: g.Count(t => _engaged[t.Index]),
                Destroyed: g.Count(t => _destroyed[t.Index]),
                Leaked: g.Count(t => _leaked[t.Index]),
                InFlightAtEnd: g.Count(t => t.Status == ThreatStatus.Flying),
                LaunchedCostEur: g.Where(t => _launched[t.Index]).Sum(t => t.Type.UnitCostEur),
                FirstDetectionDelayS: MeanOverDetected(g, _firstDetectionS),
                FirstDetectionRangeM: MeanOverDetected(g, _firstDetectionRangeM),
                MissilesFired: (int)g.Sum(t => _missilesAt[t.Index]),
                GunBursts: g.Sum(t => _burstsAt[t.Index])))
            .ToList();

        var units = world.Scenario.FireUnits;
        var interceptors = Enumerable.Range(0, units.Count)
            .GroupBy(i => units[i].Interceptor.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                double rounds = g.Sum(i => _roundsByFireUnit[i]);
                return new InterceptorExpenditure(g.Key, (int)rounds, rounds * units[g.First()].Interceptor.UnitCostEur);
            })
            .ToList();

        var assets = world.Scenario.Assets
            .Select((a, i) => new AssetOutcome(a.Id, world.Damage.Lost(i), world.Damage.Remaining(i) / a.Value))
            .ToList();

        return new ReplicationResult(world.Replication, (world.Now.Seconds), eventCount, threats, interceptors, assets);
    }

    private double? MeanOverDetected(IEnumerable<ThreatEntity> threats, double[] values)
    {
        var detected = threats.Where(t => !double.IsNaN(_firstDetectionS[t.Index])).Select(t => values[t.Index]).ToList();
        return detected.Count > 0 ? detected.Average() : null;
    }

    private static double SlantRange(WorldSensor sensor, Oberig.Core.Geodesy.Ecef target) =>
        Oberig.Core.Geodesy.Wgs84.ToEcef(sensor.Antenna).DistanceTo(target);
}
