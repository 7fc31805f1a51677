namespace Oberig.BattleManagement.Tests;

public sealed class ProjectSmokeTests
{
    [Fact]
    public void The_library_references_the_catalog_but_not_the_engine()
    {
        var references = typeof(AssemblyMarker).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();
        Assert.DoesNotContain("Oberig.Engine", references);
        Assert.DoesNotContain("Oberig.Tracking", references);
    }
}
