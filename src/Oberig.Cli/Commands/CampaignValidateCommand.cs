using System.CommandLine;
using Oberig.Core.Diagnostics;
using Oberig.Scenario.Campaign;

namespace Oberig.Cli.Commands;

/// <summary>
/// <c>oberig campaign validate FILE [--plan PLAN] [--catalog DIR]</c>: the campaign file, its outcome table and a
/// plan checked as <c>campaign run</c> reads them — every problem on stderr with exit 2, or a one-line summary —
/// including that the table covers every threat type of the tempo.
/// </summary>
public static class CampaignValidateCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("FILE") { Description = "campaign file (YAML or JSON)" };
        var plan = new Option<string?>("--plan") { Description = "a plan file to check against the campaign" };
        var catalogOption = CatalogOption.Create();
        var command = new Command("validate", "Check a campaign file (and its outcome table, and a plan) against the schemas, the catalog and the rules in docs/FORMATS.md")
        {
            file, plan, catalogOption,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            // CampaignInput throws InputException with every problem (file, outcome table, plan, tempo threats the
            // table lacks); CliHost prints them and exits 2.
            var (model, funding) = CampaignInput.Load(path, parse.GetValue(catalogOption), parse.GetValue(plan), null);
            var c = model.Campaign;
            parse.InvocationConfiguration.Output.WriteLine(
                $"{path}: valid ({c.Countries.Count} countries, {c.Lines.Count} lines, {c.Products.Count} products, {c.Funding.Count} funding sources, " +
                $"{c.Logistics.FireUnits.Count} fire units, {c.Tempo.Count} threat types, {c.Months} months; outcome table fitted from '{model.Outcomes.Scenario}')" +
                (funding is null ? "" : $"; plan {parse.GetValue(plan)} valid ({funding.Funding.Count} lines funded, {funding.Investments.Count} investments)"));
            return CliHost.Ok;
        });
        return command;
    }
}
