namespace Oberig.BattleManagement;

/// <summary>
/// The Decide phase's library: threat evaluation, engagement feasibility, weapon-target assignment solvers and
/// doctrine. It knows nothing of the engine; the engine's battle manager feeds it the air picture and the fire units.
/// </summary>
public static class AssemblyMarker;
