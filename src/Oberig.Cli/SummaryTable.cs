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
        console.Profile.Width = Math.Max(console.Profile.Width, 150);

        console.WriteLine($"{s.Scenario}: seed {s.Seed}, {s.Replications} replication(s), catalog {s.CatalogVersion}; mean [95 % interval]");
        console.WriteLine("first detected: seconds after launch, and slant range from the detecting radar, of each type's first detections");
        var threats = new Table().Title("Threats by type")
            .AddColumns("type", "launched", "detected", "engaged", "destroyed", "leaked", "in flight at end",
                "missiles at it", "gun bursts at it", "first detected (s)", "at range (km)");
        foreach (var t in s.Threats)
            Row(threats, t.ThreatType, F(t.Launched), F(t.Detected), F(t.Engaged), F(t.Destroyed), F(t.Leaked), F(t.InFlightAtEnd),
                t.MissilesFired is { } m ? F(m) : "", t.GunBursts is { } b ? F(b) : "",
                t.FirstDetectionDelayS.Count == 0 ? "never" : F(t.FirstDetectionDelayS, "0"),
                t.FirstDetectionRangeM.Count == 0 ? "" : F(Scale(t.FirstDetectionRangeM, 1e-3), "0.#"));
        console.Write(threats);

        if (s.AirPicture is { } ap)
            console.WriteLine($"Air picture: {F(ap.ThreatsTracked)} threats tracked, {F(ap.TracksConfirmed)} tracks confirmed, " +
                $"mean GOSPA {F(ap.MeanGospaM, "0")} m (c 1 km; OSPA {F(ap.MeanOspaM, "0")} m), {F(ap.TrackBreaks)} breaks, " +
                $"{F(ap.IdentitySwaps)} swaps, confirmed {F(ap.MeanTimeToConfirmS, "0")} s after a threat is first detected");

        var interceptors = new Table().Title("Interceptors fired").AddColumns("type", "fired", "cost EUR");
        foreach (var i in s.Interceptors) Row(interceptors, i.InterceptorType, F(i.Fired), F(i.CostEur, "N0"));
        if (s.Interceptors.Count == 0) Row(interceptors, "(no fire units)", "", "");
        console.Write(interceptors);
        console.WriteLine($"Cost: interceptors EUR {F(s.InterceptorCostEur, "N0")} vs threats launched EUR {F(s.ThreatCostEur, "N0")} " +
            $"(exchange ratio {s.CostExchangeRatio.ToString("0.###", CultureInfo.InvariantCulture)})");

        var assets = new Table().Title("Defended assets").AddColumns("asset", "value", "value lost", "remaining fraction");
        foreach (var a in s.Assets)
            Row(assets, a.Name, a.Value.ToString("0.##", CultureInfo.InvariantCulture), F(a.ValueLost), F(a.RemainingFraction, "0.000"));
        console.Write(assets);
        console.WriteLine($"Total damage (value lost): {F(s.TotalDamage)}");
    }

    private static Estimate Scale(Estimate e, double k) => e with { Mean = e.Mean * k, Low = e.Low * k, High = e.High * k, StandardDeviation = e.StandardDeviation * k };

    /// <summary>Cells as plain text: Spectre would read the square brackets of an interval as markup.</summary>
    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => new Text(c)).ToArray());

    /// <summary>"mean [low, high]", or the mean alone when the interval rounds to it.</summary>
    private static string F(Estimate e, string format = "0.##")
    {
        string Num(double v) => v.ToString(format, CultureInfo.InvariantCulture);
        string mean = Num(e.Mean), low = Num(e.Low), high = Num(e.High);
        return low == high ? mean : $"{mean} [{low}, {high}]";
    }
}
