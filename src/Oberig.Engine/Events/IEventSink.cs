namespace Oberig.Engine.Events;

/// <summary>Receives every event of one replication, in order. Sinks must not change the world.</summary>
public interface IEventSink
{
    void OnEvent(in SimEvent e);
}
