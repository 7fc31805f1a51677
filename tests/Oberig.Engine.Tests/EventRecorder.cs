using Oberig.Engine.Events;

namespace Oberig.Engine.Tests;

/// <summary>An event sink that keeps every event, for tests that read what happened.</summary>
internal sealed class EventRecorder : IEventSink
{
    public List<SimEvent> Events { get; } = [];
    public void OnEvent(in SimEvent e) => Events.Add(e);
}
