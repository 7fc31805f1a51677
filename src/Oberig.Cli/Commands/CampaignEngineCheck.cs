using System.Globalization;
using Oberig.Campaign.Outcomes;
using Oberig.Campaign.Results;
using Oberig.Campaign.Running;
using Oberig.Core.Diagnostics;
using Oberig.Scenario.Campaign;
using Oberig.Scenario.Model;
using Spectre.Console;

namespace Oberig.Cli.Commands;

/// <summary>
/// <c>campaign run --check-days D,... --check-scenario FILE</c>: the chosen nights of the first replication run again by
/// the full engine — the scenario the outcome table was fitted from, with that night's raid and the fire units' stocks
/// before it — beside what the table made of them, to check the table where the campaign takes it (low stocks, raid
/// sizes between the fitted scales).
/// </summary>
public static class CampaignEngineCheck
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <summary>One threat type on one checked night: the table's figures and the engine's.</summary>
    public sealed record Row(int Day, string Threat, int Launched, int LaunchedByEngine, int LeakedByTable, int LeakedByEngine, int KilledByTable, int KilledByEngine);

    /// <summary>One product on one checked night: interceptors fired by the table's night and by the engine.</summary>
    public sealed record Fire(int Day, string Product, int FiredByTable, int FiredByEngine);

    public static IReadOnlyList<int> ParseDays(string text, int campaignDays)
    {
        var days = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.Integer, Ci, out int day) || day < 0 || day >= campaignDays)
                throw new InputException(new InputProblem("<command line>", 0, "--check-days", $"'{part}' is not a day of the campaign (allowed: 0 to {campaignDays - 1})"));
            days.Add(day);
        }
        return days;
    }

    public static (IReadOnlyList<Row> Threats, IReadOnlyList<Fire> Fired, IReadOnlyList<string> UnitsNotInScenario) Run(
        CampaignModel model, FundingPlan? plan, ulong seed, IReadOnlyList<int> days, ScenarioDefinition scenario)
    {
        var record = CampaignReplication.Run(model, plan, seed, 0, days.ToHashSet());
        var scenarioUnits = scenario.FireUnits.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var missing = model.Campaign.Logistics.FireUnits.Select(u => u.Id).Where(id => !scenarioUnits.Contains(id)).Distinct().ToList();
        var rows = new List<Row>();
        var fired = new List<Fire>();
        foreach (var night in record.Checkpoints)
        {
            var rounds = night.StockByFireUnit.Where(s => scenarioUnits.Contains(s.Key)).ToDictionary();
            var threats = night.ThreatsByType.Where(t => scenario.Raids.Any(r => r.Threat.Id == t.Key)).ToDictionary();
            var engine = OutcomeFitter.RunNight(scenario, threats, rounds, seed, night.Day);
            foreach (var (threat, launched) in night.ThreatsByType)
            {
                var e = engine.Threats.FirstOrDefault(t => t.Threat == threat);
                rows.Add(new Row(night.Day, threat, launched, e?.Launched ?? 0, night.LeakedByType[threat], e?.Leaked ?? 0, night.KilledByType[threat], e?.Destroyed ?? 0));
            }
            foreach (var (product, count) in night.FiredByProduct)
            {
                var type = model.Campaign.Products.First(p => p.Id == product).InterceptorType;
                fired.Add(new Fire(night.Day, product, count, type is null ? 0 : engine.RoundsFired(type)));
            }
        }
        return (rows, fired, missing);
    }

    public static void Print(TextWriter output, IReadOnlyList<Row> rows, IReadOnlyList<Fire> fired, IReadOnlyList<string> missing)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 160;
        var threats = new Table { Title = new TableTitle("Checked nights: outcome table against the full engine (first replication)") }
            .AddColumns("day", "threat", "launched", "leaked (table)", "leaked (engine)", "killed (table)", "killed (engine)");
        foreach (var r in rows)
            threats.AddRow(r.Day.ToString(Ci), r.Threat, r.Launched.ToString(Ci), r.LeakedByTable.ToString(Ci), r.LeakedByEngine.ToString(Ci),
                r.KilledByTable.ToString(Ci), r.KilledByEngine.ToString(Ci));
        console.Write(threats);
        var products = new Table().AddColumns("day", "product", "fired (table)", "fired (engine)");
        foreach (var f in fired) products.AddRow(f.Day.ToString(Ci), f.Product, f.FiredByTable.ToString(Ci), f.FiredByEngine.ToString(Ci));
        console.Write(products);
        if (missing.Count > 0)
            output.WriteLine($"fire units of the campaign not in the scenario (their stocks are not in the engine's nights): {string.Join(", ", missing)}");
    }
}
