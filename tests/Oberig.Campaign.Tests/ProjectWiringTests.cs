namespace Oberig.Campaign.Tests;

public class ProjectWiringTests
{
    [Fact]
    public void TheCampaignAssemblyIsTheOneUnderTest() =>
        Assert.Equal("Oberig.Campaign", typeof(AssemblyMarker).Assembly.GetName().Name);
}
