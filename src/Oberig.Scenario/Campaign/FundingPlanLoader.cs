using System.Text.Json.Nodes;
using Oberig.Core.Diagnostics;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Campaign;

/// <summary>
/// Reads a plan file (docs/FORMATS.md "Plan files"): EUR per month for each line and the investments made, checked
/// against the campaign it is for. Written by hand or by <see cref="FundingPlanWriter"/>.
/// </summary>
public static class FundingPlanLoader
{
    /// <summary>The plan, or an <see cref="InputException"/> carrying every problem found.</summary>
    public static FundingPlan Load(string path, CampaignDefinition campaign)
    {
        var problems = new List<InputProblem>();
        var plan = Resolve(path, campaign, problems);
        if (plan is null || problems.Count > 0)
            throw new InputException(problems.Count > 0 ? problems : [new InputProblem(path, 0, "", "the plan could not be read")]);
        return plan;
    }

    /// <summary>Every problem with the plan; empty when it loads.</summary>
    public static IReadOnlyList<InputProblem> Validate(string path, CampaignDefinition campaign)
    {
        var problems = new List<InputProblem>();
        Resolve(path, campaign, problems);
        return problems;
    }

    private static FundingPlan? Resolve(string path, CampaignDefinition campaign, List<InputProblem> problems)
    {
        var doc = CheckedDocument.Open(path, SchemaSet.CampaignPlanUri, problems);
        if (doc is null) return null;
        var lines = campaign.Lines.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var funding = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
        foreach (var (line, amounts) in doc.Doc.Root["funding"] as JsonObject ?? [])
        {
            var pointer = JsonPointerText.Append("/funding", line);
            if (!doc.Sound(pointer) || amounts is null) continue;
            if (!lines.ContainsKey(line))
                doc.Report(pointer, Unknown(line, "line", lines.Keys, campaign));
            else if (PerMonthAmounts.Read(doc, pointer, amounts, campaign.Months) is { } read)
                funding[line] = read;
        }
        var investments = new List<PlannedInvestment>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var (pointer, planned) in doc.Each<PlannedInvestment>("/investments"))
        {
            if (!lines.TryGetValue(planned.Line, out var line))
                doc.Report(JsonPointerText.Append(pointer, "line"), Unknown(planned.Line, "line", lines.Keys, campaign));
            else if (!line.Investments.Any(i => i.Id == planned.Investment))
                doc.Report(JsonPointerText.Append(pointer, "investment"),
                    LocalReference.Problem(planned.Investment, "investment", line.Investments.Select(i => i.Id), $"line '{line.Id}'"));
            else if (planned.Month >= campaign.Months)
                doc.Report(JsonPointerText.Append(pointer, "month"),
                    $"{planned.Month} is past the campaign's last month (allowed: 0 to {campaign.Months - 1}; months count from 0)");
            else if (seen.TryGetValue((planned.Line, planned.Investment), out var firstLine))
                doc.Report(pointer, $"investment '{planned.Investment}' of line '{planned.Line}' is already made at line {firstLine} (allowed: each investment once)");
            else
            {
                seen[(planned.Line, planned.Investment)] = doc.Doc.Lines.LineOf(pointer);
                investments.Add(planned);
            }
        }
        return problems.Count > 0 ? null : new FundingPlan { Funding = funding, Investments = investments };
    }

    private static string Unknown(string id, string wanted, IEnumerable<string> known, CampaignDefinition campaign) =>
        LocalReference.Problem(id, wanted, known, $"campaign '{campaign.Name}'");
}
