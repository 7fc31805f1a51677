namespace Oberig.Scenario.Campaign;

/// <summary>Writes a <see cref="FundingPlan"/> as a plan file that <see cref="FundingPlanLoader"/> reads back to an equal plan.</summary>
public static class FundingPlanWriter
{
    public static void Write(string path, FundingPlan plan) => YamlWriting.Save(path, Lines(plan));

    private static IEnumerable<string> Lines(FundingPlan plan)
    {
        yield return "# Oberig campaign plan (docs/FORMATS.md, \"Plan files\"): EUR offered to each line per month, and investments";
        yield return plan.Funding.Count == 0 ? "funding: {}" : "funding:";
        foreach (var (line, amounts) in plan.Funding.OrderBy(p => p.Key, StringComparer.Ordinal))
            yield return $"  {YamlWriting.Text(line)}: {(amounts.Count == 1 ? YamlWriting.Number(amounts[0]) : YamlWriting.Numbers(amounts))}";
        yield return plan.Investments.Count == 0 ? "investments: []" : "investments:";
        foreach (var i in plan.Investments)
            yield return $"  - {{line: {YamlWriting.Text(i.Line)}, investment: {YamlWriting.Text(i.Investment)}, month: {i.Month}}}";
    }
}
