using Oberig.Models.Threats;

namespace Oberig.Engine.World;

/// <summary>
/// What the Move phase wrote about one threat at the end of a step. Later phases read this, never the flight model,
/// so no sensor sees a half-moved world.
/// </summary>
public readonly record struct ThreatSnapshot(int Index, ThreatStatus Status, ThreatKinematics Kinematics);
