using System.Globalization;
using System.Text;
using System.Text.Json;
using Oberig.Campaign.OrTools;
using Oberig.Campaign.Results;
using Oberig.Campaign.Running;
using Spectre.Console;

namespace Oberig.Cli.Commands;

/// <summary>What <c>campaign optimize</c> prints: the plan (EUR per line over the horizon, investments), each candidate's
/// simulated objective with its 95 % band, and the lines' marginal values; as a table or as JSON.</summary>
internal static class CampaignOptimizeOutput
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    public static void PrintTable(TextWriter o, CampaignModel model, OptimizeReport report, double seconds, string? written)
    {
        var console = CatalogCommand.Console(o);
        var c = model.Campaign;
        var r = report.Optimized;
        string unit = r.Objective == CampaignObjective.Leakers ? "leakers" : "damage";
        console.WriteLine(string.Create(Ci, $"{c.Name}: {c.Months} months; optimised for {unit} in {seconds:0.##} s ({r.Passes} learning-curve passes{(r.Optimal ? "" : ", time limit reached: best plan found")})"));
        console.WriteLine(string.Create(Ci, $"expected shortfall: {r.ExpectedLeakers:0.#} leakers, damage {r.ExpectedDamage:0.#} (expected-value model)"));
        var plan = new Table().AddColumns("line", "country", "makes", "EUR over horizon", "units started", "investments");
        for (int l = 0; l < c.Lines.Count; l++)
        {
            var line = c.Lines[l];
            double started = Enumerable.Range(0, c.Months).Sum(m => r.Starts[l, m]);
            string investments = string.Join(", ", r.Plan.Investments.Where(i => i.Line == line.Id).Select(i => string.Create(Ci, $"{i.Investment} (month {i.Month + 1})")));
            plan.AddRow(line.Id, line.Country, line.Makes, Eur(r.LineTotalEur(line.Id)), started.ToString("0.#", Ci), investments.Length > 0 ? investments : "-");
        }
        console.Write(plan);
        var candidates = new Table().AddColumns("plan", $"{unit} (mean)", "95 % band", "leakers", "damage", "EUR spent");
        foreach (var k in report.Candidates)
            candidates.AddRow(k.Name + (ReferenceEquals(k, report.Best) ? " (best)" : ""), k.Objective.Mean.ToString("0.#", Ci),
                string.Create(Ci, $"{k.Objective.Low:0.#} - {k.Objective.High:0.#}"), k.Leakers.Mean.ToString("0.#", Ci), k.Damage.Mean.ToString("0.#", Ci), Eur(k.ProductionSpentEur.Mean));
        console.WriteLine(string.Create(Ci, $"checked by simulation: {report.Candidates[0].Leakers.Mean:0.#} leakers under the optimised plan; common random numbers"));
        console.Write(candidates);
        if (report.Search is { } search)
            console.WriteLine(string.Create(Ci, $"simulation search: {search.Evaluations} plans simulated on replications apart from the check's, {search.Moves.Count} moves kept{(search.Moves.Count > 0 ? ": " + string.Join("; ", search.Moves) : "")}"));
        if (report.Marginals.Count > 0 || report.SimulatedMarginals.Count > 0)
        {
            var marginals = new Table().AddColumns("line", "next EUR", "model, re-planned: leakers saved", "damage saved",
                $"simulation, best plan held: leakers saved (95 %)", "damage saved (95 %)");
            var simulated = report.SimulatedMarginals.ToDictionary(v => v.Line, StringComparer.Ordinal);
            var modelled = report.Marginals.ToDictionary(v => v.Line, StringComparer.Ordinal);
            var order = report.SimulatedMarginals.Count > 0 ? report.SimulatedMarginals.Select(v => v.Line) : report.Marginals.Select(v => v.Line);
            foreach (string line in order)
            {
                var m = modelled.GetValueOrDefault(line);
                var s = simulated.GetValueOrDefault(line);
                marginals.AddRow(line, Eur(m?.ExtraEur ?? s!.ExtraEur), m?.LeakersSaved.ToString("0.##", Ci) ?? "-", m?.DamageSaved.ToString("0.##", Ci) ?? "-",
                    s is null ? "-" : Saved(s.Leakers), s is null ? "-" : Saved(s.Damage));
            }
            console.Write(marginals);
            // The simulation's figure when it is told apart from no saving at all, else the program's, each said as such.
            var top = report.SimulatedMarginals.FirstOrDefault();
            if (top is not null && (report.Optimized.Objective == CampaignObjective.Leakers ? top.Leakers : top.Damage).Interval95.High < 0)
                console.WriteLine(string.Create(Ci, $"the next {Eur(top.ExtraEur)} on line {top.Line} saves {top.LeakersSaved:0.#} leakers (damage {top.DamageSaved:0.#}) in the simulation, the best plan otherwise held"));
            else if (report.Marginals.Count > 0)
            {
                var best = report.Marginals[0];
                console.WriteLine(string.Create(Ci, $"with the best plan held, no line's next {Eur(best.ExtraEur)} saves what the simulation can tell from nothing; re-planned around it, the program's best is line {best.Line}: {best.LeakersSaved:0.#} leakers (damage {best.DamageSaved:0.#})"));
            }
        }
        if (written is not null) console.WriteLine($"plan ({report.Best.Name}) written to {written}");
    }

    public static void WriteJson(TextWriter o, CampaignModel model, OptimizeReport report, double seconds, string? written)
    {
        var c = model.Campaign;
        var r = report.Optimized;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("campaign", c.Name);
            json.WriteString("objective", r.Objective == CampaignObjective.Leakers ? "leakers" : "damage");
            json.WriteNumber("seconds", Math.Round(seconds, 3));
            json.WriteBoolean("optimal", r.Optimal);
            json.WriteNumber("expected_leakers", r.ExpectedLeakers);
            json.WriteNumber("expected_damage", r.ExpectedDamage);
            json.WriteStartObject("funding");
            foreach (var (line, amounts) in r.Plan.Funding)
            {
                json.WriteStartArray(line);
                foreach (double a in amounts) json.WriteNumberValue(Math.Round(a, 2));
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteStartArray("investments");
            foreach (var i in r.Plan.Investments)
            {
                json.WriteStartObject();
                json.WriteString("line", i.Line); json.WriteString("investment", i.Investment); json.WriteNumber("month", i.Month);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("candidates");
            foreach (var k in report.Candidates)
            {
                json.WriteStartObject();
                json.WriteString("plan", k.Name);
                json.WriteBoolean("best", ReferenceEquals(k, report.Best));
                Band(json, "objective", k.Objective); Band(json, "leakers", k.Leakers); Band(json, "damage", k.Damage); Band(json, "spent_eur", k.ProductionSpentEur);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("marginal_values");
            foreach (var v in report.Marginals)
            {
                json.WriteStartObject();
                json.WriteString("line", v.Line); json.WriteNumber("extra_eur", v.ExtraEur);
                json.WriteNumber("leakers_saved", v.LeakersSaved); json.WriteNumber("damage_saved", v.DamageSaved);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("simulated_marginal_values");
            foreach (var v in report.SimulatedMarginals)
            {
                json.WriteStartObject();
                json.WriteString("line", v.Line); json.WriteNumber("extra_eur", v.ExtraEur); json.WriteString("plan_held", report.Best.Name);
                Saving(json, "leakers_saved", v.Leakers); Saving(json, "damage_saved", v.Damage);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (report.Search is { } search)
            {
                json.WriteStartObject("search");
                json.WriteNumber("evaluations", search.Evaluations);
                json.WriteStartArray("moves");
                foreach (string move in search.Moves) json.WriteStringValue(move);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            if (written is not null) json.WriteString("plan_file", written);
            json.WriteEndObject();
        }
        o.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>A saving and its 95 % interval from a paired difference (new − old; a saving is its negative).</summary>
    private static string Saved(PairedDifference d)
    {
        var (low, high) = d.Interval95;
        return string.Create(Ci, $"{Tidy(-d.Mean):0.##} ({Tidy(-high):0.##} to {Tidy(-low):0.##})");
    }

    /// <summary>No "-0" for a saving that rounds to nothing.</summary>
    private static double Tidy(double x) => Math.Abs(x) < 0.005 ? 0 : x;

    private static void Saving(Utf8JsonWriter json, string name, PairedDifference d)
    {
        var (low, high) = d.Interval95;
        json.WriteStartObject(name);
        json.WriteNumber("mean", -d.Mean); json.WriteNumber("low", -high); json.WriteNumber("high", -low);
        json.WriteEndObject();
    }

    private static void Band(Utf8JsonWriter json, string name, Band band)
    {
        json.WriteStartObject(name);
        json.WriteNumber("mean", band.Mean); json.WriteNumber("low", band.Low); json.WriteNumber("high", band.High);
        json.WriteEndObject();
    }

    private static string Eur(double eur) => eur >= 1e6 ? string.Create(Ci, $"EUR {eur / 1e6:0.##} M") : string.Create(Ci, $"EUR {eur:0}");
}
