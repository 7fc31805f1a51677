using Oberig.Core.Numerics;
using Oberig.Core.Time;

namespace Oberig.BattleManagement.Planning;

/// <summary>
/// One fire order of a decision cycle: a unit fires <see cref="Shots"/> (missiles, or gun bursts of
/// <see cref="Rounds"/> / <see cref="Shots"/> rounds) at a track at <see cref="LaunchTime"/>, expecting to meet it at
/// <see cref="InterceptTime"/> and <see cref="InterceptPoint"/>.
/// </summary>
/// <param name="Salvo">1 for the first salvo; 2 for shoot-shoot's second salvo.</param>
/// <param name="KillProbability">1 - (1 - SingleShotPk)^Shots, shots taken as independent.</param>
/// <param name="Priority">The threat's priority, by which orders are sorted.</param>
public sealed record EngagementOrder(
    string UnitId,
    int TrackId,
    int Shots,
    int Rounds,
    int Salvo,
    SimTime LaunchTime,
    SimTime InterceptTime,
    Vec3 InterceptPoint,
    double SingleShotPk,
    double KillProbability,
    double Priority);
