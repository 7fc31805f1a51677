using Oberig.Engine.Events;
using Oberig.Models.Damage;

namespace Oberig.Engine.Phases;

/// <summary>
/// Assess, for threats that reached the ground this step: each is a leak (it was not destroyed) and its impact
/// damages the defended assets within their radius, weighted by value.
/// </summary>
public sealed class ImpactAssessment : IAssessment
{
    public void Assess(StepContext context)
    {
        var world = context.World;
        foreach (int index in world.ImpactsThisStep)
        {
            var threat = world.Threats[index];
            var point = threat.Flight.ImpactPoint ?? threat.Flight.State.Geodetic;
            double damage = ImpactDamage.Apply(world.Damage, point, threat.Type);
            context.Events.Publish(new SimEvent(context.Now, SimEventKind.Leak, index, -1, point));
            context.Events.Publish(new SimEvent(context.Now, SimEventKind.Impact, index, -1, point, damage));
        }
    }
}
