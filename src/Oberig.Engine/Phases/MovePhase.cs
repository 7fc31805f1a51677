using Oberig.Core.Time;
using Oberig.Engine.Events;
using Oberig.Engine.World;

namespace Oberig.Engine.Phases;

/// <summary>
/// Move: launches the threats due in this step (each advanced only from its own launch instant) and moves every
/// airborne threat to the end of the step, then writes the snapshot the later phases read.
/// </summary>
public static class MovePhase
{
    public static void Run(StepContext context)
    {
        var world = context.World;
        SimTime stepStart = world.Now, stepEnd = SimTime.FromStep(world.Step + 1, context.StepLength);
        world.ImpactsThisStep.Clear();

        for (int i = 0; i < world.Threats.Count; i++)
        {
            var threat = world.Threats[i];
            if (threat.Status == ThreatStatus.Flying) Advance(world, threat, stepEnd - stepStart);
        }

        // Launch after moving the others so a new threat is advanced exactly from its launch time to the step's end.
        while (world.NextToLaunch < world.Threats.Count && world.Threats[world.NextToLaunch].LaunchTime < stepEnd)
        {
            var threat = world.Threats[world.NextToLaunch++];
            threat.Status = ThreatStatus.Flying;
            world.Airborne++;
            context.Events.Publish(new SimEvent(threat.LaunchTime, SimEventKind.Launch, threat.Index, -1, threat.LaunchPoint));
            Advance(world, threat, stepEnd - threat.LaunchTime);
        }

        world.Step++;
        world.Now = stepEnd;
        for (int i = 0; i < world.Threats.Count; i++)
        {
            var threat = world.Threats[i];
            world.Snapshot[i] = new ThreatSnapshot(i, threat.Status, threat.Flight.State);
        }
    }

    private static void Advance(SimulationWorld world, ThreatEntity threat, SimDuration dt)
    {
        if (dt.Seconds > 0) threat.Flight.Advance(dt);
        if (!threat.Flight.HasImpacted) return;
        threat.Status = ThreatStatus.Impacted;
        world.Airborne--;
        world.ImpactsThisStep.Add(threat.Index);
    }
}
