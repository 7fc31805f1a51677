using Oberig.Analysis.Reports;
using Oberig.Analysis.Statistics;

namespace Oberig.Cli.Tests;

public class SummaryTableTests
{
    [Fact]
    public void IntervalsAndBracketedNamesPrintAsTextNotMarkup()
    {
        var spread = Estimate.Of([10.0, 12.0, 14.0]);
        var fixedValue = Estimate.Of([3.0, 3.0, 3.0]);
        var summary = new RunSummary("Raid [test]", "test", 7, 3,
            [new ThreatTypeSummary("shahed-136", fixedValue, fixedValue, spread, spread, spread, fixedValue, spread, Estimate.Of([]))],
            [new InterceptorSummary("aster-30", spread, spread)],
            spread, spread,
            [new AssetSummary("city", "City [centre]", 100, spread, spread)],
            spread, spread, null);
        var output = new StringWriter();
        SummaryTable.Write(summary, output);
        string text = output.ToString();
        // mean 12, t(0.975, 2) = 4.302653 times sd 2 over sqrt 3: half-width 4.97
        Assert.Contains("12 [7.03, 16.97]", text);
        Assert.Contains("City [centre]", text);
        Assert.Contains("Raid [test]", text);
        Assert.Contains("│ 3 ", text);
    }
}
