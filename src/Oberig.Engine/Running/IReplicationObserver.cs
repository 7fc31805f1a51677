using Oberig.Engine.Events;
using Oberig.Engine.Results;
using Oberig.Engine.World;

namespace Oberig.Engine.Running;

/// <summary>
/// Hooks for the edges (results store, progress display). Called from worker threads: implementations must be
/// thread-safe, and must not influence the simulation.
/// </summary>
public interface IReplicationObserver
{
    /// <summary>Before the first step: subscribe sinks to this replication's events.</summary>
    void Starting(SimulationWorld world, EventStream events) { }

    /// <summary>After the last step, with the replication's summary.</summary>
    void Completed(SimulationWorld world, ReplicationResult result) { }
}
