using Oberig.Core.Random;
using Oberig.Engine.Events;
using Oberig.Engine.Phases;
using Oberig.Engine.World;

namespace Oberig.Engine.Sensing;

/// <summary>
/// Sense: every radar of the world (stand-alone sensors and fire units' fire-control radars) scans at its own revisit
/// period and writes its reports into <see cref="SimulationWorld.Detections"/> for the Track phase. Each radar draws
/// from its own stream ("radar:&lt;id&gt;"), so adding a radar never changes what another one sees.
/// </summary>
public sealed class RadarSensing : ISensing
{
    private readonly RadarChannel[] _channels;
    private StepContext? _context;
    private readonly Action<SensorDetection> _publish;

    public RadarSensing(SimulationWorld world)
    {
        _channels = world.Sensors
            .Select(s => new RadarChannel(s, world.Frame, RandomStreams.For(world.Seed, world.Replication, "radar:" + s.Id)))
            .ToArray();
        _publish = Publish;
    }

    public void Sense(StepContext context)
    {
        _context = context;
        var world = context.World;
        world.Detections.Clear();
        world.Scans.Clear();
        foreach (var channel in _channels) channel.Sense(world, context.Now, world.Detections, world.Scans, _publish);
    }

    private void Publish(SensorDetection d)
    {
        var context = _context!;
        // Only detections of real threats become events (false alarms stay in the detection list for the tracker);
        // the event carries where the threat was, its SNR as the value.
        var position = context.World.Snapshot[d.Threat].Kinematics.Geodetic;
        context.Events.Publish(new SimEvent(d.Time, SimEventKind.Detection, d.Threat, d.Sensor, position, d.SnrDb));
    }
}
