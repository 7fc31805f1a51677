using Oberig.Core.Geodesy;
using Oberig.Scenario.Model;

namespace Oberig.Engine.World;

/// <summary>
/// A fire unit in one replication: its scenario entry, its fire-control radar's index in
/// <see cref="SimulationWorld.Sensors"/>, and what changes as it fights — rounds on the launchers and fire channels
/// busy guiding interceptors. Stocks are the ready rounds; reloads from depots come with the campaign layer.
/// </summary>
public sealed class WorldFireUnit(int index, FireUnit unit, int radarSensor)
{
    public int Index { get; } = index;
    public FireUnit Unit { get; } = unit;
    public string Id => Unit.Id;
    public Geodetic Site => Unit.Site;
    public int RadarSensor { get; } = radarSensor;
    public int ReadyRounds { get; internal set; } = unit.ReadyRounds;
    public int BusyChannels { get; internal set; }
}

/// <summary>
/// An interceptor salvo (or a gun burst) flying at a track: who fired how many rounds when, and where (earth-centred)
/// and when the plan expects to meet the target. <see cref="Threat"/> is the truth nearest the track at launch, for
/// reports only (-1: the track was false).
/// </summary>
public sealed record InterceptorFlight(
    int FireUnit,
    int TrackId,
    int Threat,
    int Shots,
    int Rounds,
    Oberig.Core.Time.SimTime LaunchTime,
    Oberig.Core.Time.SimTime InterceptTime,
    Ecef InterceptPoint,
    double SingleShotPk);
