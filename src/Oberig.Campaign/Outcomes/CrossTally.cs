using Oberig.Engine.Events;
using Oberig.Engine.World;

namespace Oberig.Campaign.Outcomes;

/// <summary>
/// An event sink that counts, for one replication, who fired at and killed which threat type: the cross matrix
/// (threat type x interceptor type) the engine's own tally does not keep. It reads the same events the same way
/// as <c>OutcomeTally</c>, so its sums reconcile with <c>ReplicationResult</c>: a Fire event's Value is the rounds
/// spent and its Threat the truth nearest the track (-1: a false track); an Intercept names the threat it destroyed
/// (which may differ from the one fired at) and its fire unit; Impact's Value is the damage done.
/// </summary>
internal sealed class CrossTally : IEventSink
{
    private readonly SimulationWorld _world;
    private readonly string[] _types;            // threat types, ordinal
    private readonly string[] _interceptors;     // interceptor types, ordinal
    private readonly int[] _typeOfThreat;
    private readonly int[] _interceptorOfUnit;
    private readonly double[] _eurPerValue;      // per asset: value_eur / value, 0 without value_eur
    private readonly int[] _launched, _leaked;
    private readonly bool[] _destroyed;
    private readonly double[] _damage, _damageEur;
    private readonly double[,] _rounds;          // [threat type, interceptor]
    private readonly int[,] _kills;
    private readonly double[] _roundsAtNoThreat;

    public CrossTally(SimulationWorld world)
    {
        _world = world;
        var scenario = world.Scenario;
        _types = [.. scenario.Raids.Select(r => r.Threat.Id).Distinct().Order(StringComparer.Ordinal)];
        _interceptors = [.. scenario.FireUnits.Select(u => u.Interceptor.Id).Distinct().Order(StringComparer.Ordinal)];
        _typeOfThreat = [.. world.Threats.Select(t => Array.IndexOf(_types, t.Type.Id))];
        _interceptorOfUnit = [.. scenario.FireUnits.Select(u => Array.IndexOf(_interceptors, u.Interceptor.Id))];
        _eurPerValue = [.. scenario.Assets.Select(a => a.ValueEur is { } eur && a.Value > 0 ? eur / a.Value : 0)];
        _launched = new int[_types.Length];
        _leaked = new int[_types.Length];
        _destroyed = new bool[world.Threats.Count];
        _damage = new double[_types.Length];
        _damageEur = new double[_types.Length];
        _rounds = new double[_types.Length, _interceptors.Length];
        _kills = new int[_types.Length, _interceptors.Length];
        _roundsAtNoThreat = new double[_interceptors.Length];
    }

    public void OnEvent(in SimEvent e)
    {
        switch (e.Kind)
        {
            case SimEventKind.Launch: _launched[_typeOfThreat[e.Threat]]++; break;
            case SimEventKind.Fire when e.Threat >= 0: _rounds[_typeOfThreat[e.Threat], _interceptorOfUnit[e.Actor]] += e.Value; break;
            case SimEventKind.Fire: _roundsAtNoThreat[_interceptorOfUnit[e.Actor]] += e.Value; break;
            case SimEventKind.Intercept when !_destroyed[e.Threat]: // a threat dies once, whatever else was on its way
                _destroyed[e.Threat] = true;
                _kills[_typeOfThreat[e.Threat], _interceptorOfUnit[e.Actor]]++;
                break;
            case SimEventKind.Leak: _leaked[_typeOfThreat[e.Threat]]++; break;
            case SimEventKind.Impact:
                int type = _typeOfThreat[e.Threat];
                _damage[type] += e.Value;
                // The ledger's last hits are this impact's: ImpactAssessment applies it just before publishing.
                foreach (var hit in _world.Damage.LastHits) _damageEur[type] += hit.ValueLost * _eurPerValue[hit.AssetIndex];
                break;
        }
    }

    public EngineNight Night() => new(
        [.. _types.Select((type, k) => new ThreatNight(
            type, _launched[k], Destroyed: Row(_kills, k).Sum(), _leaked[k], _damage[k], _damageEur[k],
            ByInterceptor(i => (int)_rounds[k, i]), ByInterceptor(i => _kills[k, i])))],
        ByInterceptor(i => (int)_roundsAtNoThreat[i]));

    private static IEnumerable<int> Row(int[,] m, int k) => Enumerable.Range(0, m.GetLength(1)).Select(i => m[k, i]);

    private SortedDictionary<string, int> ByInterceptor(Func<int, int> value)
    {
        var d = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _interceptors.Length; i++) d[_interceptors[i]] = value(i);
        return d;
    }
}
