using Oberig.Core.Time;
using Oberig.Engine.Events;
using Oberig.Engine.World;

namespace Oberig.Engine.Phases;

/// <summary>What every phase of one step sees: the world (its snapshot written by the phase before), the clock, the events.</summary>
public sealed class StepContext(SimulationWorld world, EventStream events, SimDuration step)
{
    public SimulationWorld World { get; } = world;
    public EventStream Events { get; } = events;
    public SimDuration StepLength { get; } = step;
    /// <summary>The end of the step being computed: the instant the snapshot describes.</summary>
    public SimTime Now => World.Now;
}
