using System.Globalization;
using Oberig.Analysis.Reports;
using Oberig.Analysis.Statistics;
using Spectre.Console;

namespace Oberig.Cli;

/// <summary>The run summary as tables for a person: means with 95 % intervals over replications.</summary>
public static class SummaryTable
{
    public static void Write(RunSummary s, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
        });
        console.Profile.Width = Math.Max(console.Profile.Width, 120);

        console.WriteLine($"{s.Scenario}: seed {s.Seed}, {s.Replications} replication(s); mean [95 % interval]");
        var threats = new Table().Title("Threats by type")
            .AddColumns("type", "launched", "engaged", "destroyed", "leaked", "in flight at end");
        foreach (var t in s.Threats)
            threats.AddRow(t.ThreatType, F(t.Launched), F(t.Engaged), F(t.Destroyed), F(t.Leaked), F(t.InFlightAtEnd));
        console.Write(threats);

        var interceptors = new Table().Title("Interceptors fired").AddColumns("type", "fired", "cost EUR");
        foreach (var i in s.Interceptors) interceptors.AddRow(i.InterceptorType, F(i.Fired), F(i.CostEur, "N0"));
        if (s.Interceptors.Count == 0) interceptors.AddRow("(no fire units)", "", "");
        console.Write(interceptors);
        console.WriteLine($"Cost: interceptors EUR {F(s.InterceptorCostEur, "N0")} vs threats launched EUR {F(s.ThreatCostEur, "N0")} " +
            $"(exchange ratio {s.CostExchangeRatio.ToString("0.###", CultureInfo.InvariantCulture)})");

        var assets = new Table().Title("Defended assets").AddColumns("asset", "value", "value lost", "remaining fraction");
        foreach (var a in s.Assets)
            assets.AddRow(Markup.Escape(a.Name), a.Value.ToString("0.##", CultureInfo.InvariantCulture), F(a.ValueLost), F(a.RemainingFraction, "0.000"));
        console.Write(assets);
        console.WriteLine($"Total damage (value lost): {F(s.TotalDamage)}");
    }

    private static string F(Estimate e, string format = "0.##")
    {
        string Num(double v) => v.ToString(format, CultureInfo.InvariantCulture);
        return e.Count <= 1 || e.Low == e.High ? Num(e.Mean) : $"{Num(e.Mean)} [{Num(e.Low)}, {Num(e.High)}]";
    }
}
