namespace Oberig.Engine.Events;

/// <summary>Fans events out to the sinks subscribed for one replication, in subscription order.</summary>
public sealed class EventStream
{
    private readonly List<IEventSink> _sinks = [];
    public long Count { get; private set; }

    public void Subscribe(IEventSink sink) => _sinks.Add(sink);

    public void Publish(in SimEvent e)
    {
        Count++;
        foreach (var sink in _sinks) sink.OnEvent(e);
    }
}
