using Oberig.Core.Text;

namespace Oberig.Core.Tests.Text;

public sealed class DidYouMeanTests
{
    [Theory]
    [InlineData("scan_perod_s", "scan_period_s")]
    [InlineData("typ", "type")]
    [InlineData("raange_m", "range_m")]
    [InlineData("rnage_m", "range_m")] // an adjacent swap is one edit
    [InlineData("scan_per", "scan_period_s")] // a unique truncation
    [InlineData("weather", null)]
    [InlineData("id", null)]
    public void Suggests_only_plausible_typos(string word, string? expected) =>
        Assert.Equal(expected, DidYouMean.Closest(word, ["type", "range_m", "scan_period_s", "name", "site"]));
}
