using Oberig.Core.Time;
using Oberig.Engine.Events;
using Oberig.Engine.Phases;
using Oberig.Engine.World;

namespace Oberig.Engine;

/// <summary>
/// The fixed-step kernel: runs one replication's world through Move -> Sense -> Track -> Decide -> Engage -> Assess
/// until the scenario's duration ends or nothing more can happen.
/// </summary>
/// <param name="phases">The phase components for the world to be run; null builds <see cref="PhaseSet.For"/> it.</param>
public sealed class Simulation(PhaseSet? phases = null)
{
    public void Run(SimulationWorld world, EventStream events)
    {
        var components = phases ?? PhaseSet.For(world);
        var settings = world.Scenario.Settings;
        var context = new StepContext(world, events, settings.Step);
        long steps = (long)Math.Ceiling(settings.Duration.Seconds / settings.Step.Seconds - 1e-9);
        while (world.Step < steps && !world.IsQuiescent)
        {
            MovePhase.Run(context);
            components.Sensing.Sense(context);
            components.Tracking.Track(context);
            components.BattleManagement.Decide(context);
            components.Engagement.Engage(context);
            components.Assessment.Assess(context);
        }
    }
}
