using Oberig.Core.Time;
using Oberig.Engine.Events;
using Oberig.Engine.Phases;
using Oberig.Engine.World;

namespace Oberig.Engine;

/// <summary>
/// The fixed-step kernel: runs one replication's world through Move -> Sense -> Track -> Decide -> Engage -> Assess
/// until the scenario's duration ends or nothing more can happen.
/// </summary>
public sealed class Simulation(PhaseSet phases)
{
    public Simulation() : this(PhaseSet.Default) { }

    public void Run(SimulationWorld world, EventStream events)
    {
        var settings = world.Scenario.Settings;
        var context = new StepContext(world, events, settings.Step);
        long steps = (long)Math.Ceiling(settings.Duration.Seconds / settings.Step.Seconds - 1e-9);
        while (world.Step < steps && !world.IsQuiescent)
        {
            MovePhase.Run(context);
            phases.Sensing.Sense(context);
            phases.Tracking.Track(context);
            phases.BattleManagement.Decide(context);
            phases.Engagement.Engage(context);
            phases.Assessment.Assess(context);
        }
    }

    /// <summary>Simulated time actually covered (a run stops early once every threat has landed).</summary>
    public static SimDuration Elapsed(SimulationWorld world) => world.Now - SimTime.Start;
}
