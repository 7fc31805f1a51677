using System.Globalization;
using Oberig.Campaign.Results;
using Spectre.Console;

namespace Oberig.Cli.Commands;

/// <summary>The campaign summary as tables for people: stocks and balance per product, lines, threats, funding, totals.</summary>
public static class CampaignReport
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    public static void Print(TextWriter output, CampaignSummary s)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 160;
        output.WriteLine(string.Create(Ci, $"{s.Campaign}: {s.Months} months of {s.DaysPerMonth} days, {s.Replications} replications, seed {s.Seed}; mean [95 % band over replications]"));

        var products = new Table { Title = new TableTitle("Products: initial + produced - fired - lost = final") }
            .AddColumns("product", "initial", "produced", "delivered", "fired", "lost", "final", "short of", "runs short in", "first day short");
        foreach (var p in s.Products)
            products.AddRow(p.Product, B(p.InitialStock), B(p.Produced), B(p.Delivered), B(p.Fired), B(p.Lost), B(p.FinalStock), B(p.Short),
                string.Create(Ci, $"{p.ShortProbability:P0}"), p.FirstShortDay is { } d ? B(d) : "never");
        console.Write(products);

        var lines = new Table { Title = new TableTitle("Production lines") }
            .AddColumns("line", "country", "makes", "started", "completed", "utilisation", "spent EUR", "running (months)");
        foreach (var l in s.Lines)
            lines.AddRow(l.Line, l.Country, l.Makes, B(l.Started), B(l.Completed), Markup.Escape(string.Create(Ci, $"{l.Utilisation.Mean:P0}")), B(l.SpentEur),
                string.Create(Ci, $"{l.RunningShareByMonth.Sum():0.#} of {l.RunningShareByMonth.Count}"));
        console.Write(lines);

        var threats = new Table { Title = new TableTitle("Threats") }.AddColumns("threat", "launched", "killed", "leaked", "damage", "damage EUR");
        foreach (var t in s.Threats) threats.AddRow(t.Threat, B(t.Launched), B(t.Killed), B(t.Leaked), B(t.Damage), B(t.DamageEur));
        console.Write(threats);

        var funding = new Table { Title = new TableTitle("Funding sources (EUR)") }.AddColumns("source", "inflow", "spent", "lapsed", "final balance");
        foreach (var f in s.Funding) funding.AddRow(f.Source, B(f.InflowEur), B(f.SpentEur), B(f.LapsedEur), B(f.FinalBalanceEur));
        console.Write(funding);

        output.WriteLine(string.Create(Ci, $"Leaked {Text(s.Leaked)}, damage {Text(s.Damage)} (EUR {Text(s.DamageEur)})"));
        output.WriteLine(string.Create(Ci, $"Interceptors fired EUR {Text(s.InterceptorCostEur)} against threats launched EUR {Text(s.ThreatCostEur)}: cost-exchange ratio {Text(s.CostExchangeRatio, "0.000")}"));
        output.WriteLine(string.Create(Ci, $"Production spent EUR {Text(s.ProductionSpentEur)}"));
    }

    private static string B(Band b) => Markup.Escape(Text(b));

    private static string Text(Band b, string? format = null)
    {
        string One(double v) => format is not null ? v.ToString(format, Ci) : Compact(v);
        // A figure no replication changed (production without a plan's feedback, initial stocks) needs no band.
        return b.Low == b.High ? One(b.Mean) : string.Create(Ci, $"{One(b.Mean)} [{One(b.Low)}, {One(b.High)}]");
    }

    /// <summary>Millions and thousands shortened (128.4 M, 22.6 k), small figures to one decimal.</summary>
    private static string Compact(double v) => Math.Abs(v) switch
    {
        >= 1e9 => (v / 1e9).ToString("0.00", Ci) + " G",
        >= 1e6 => (v / 1e6).ToString("0.0", Ci) + " M",
        >= 1e4 => (v / 1e3).ToString("0.0", Ci) + " k",
        >= 100 => v.ToString("0", Ci),
        _ => v.ToString("0.#", Ci),
    };
}
