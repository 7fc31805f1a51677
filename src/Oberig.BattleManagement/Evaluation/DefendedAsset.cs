using Oberig.Core.Numerics;

namespace Oberig.BattleManagement.Evaluation;

/// <summary>Something to protect: its centre in the world's ENU frame, the radius inside which an impact damages it,
/// and what it is worth (EUR).</summary>
public sealed record DefendedAsset(string Id, Vec3 Position, double RadiusM, double ValueEur);
