namespace Oberig.Tracking.Tests;

public class TrackingProjectTests
{
    [Fact]
    public void TrackingAssemblyUsesNoOberigAssemblyButTheCore()
    {
        // The tracker works on measurements in a local frame; it must not know scenarios, models or the engine.
        var references = typeof(Oberig.Tracking.AssemblyMarker).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!).Where(n => n.StartsWith("Oberig", StringComparison.Ordinal)).ToArray();
        Assert.All(references, name => Assert.Equal("Oberig.Core", name));
    }
}
