using Oberig.Campaign.Running;

namespace Oberig.Campaign.Results;

/// <summary>
/// A campaign's replications summarised for people and for the JSON output: per product its balance (initial +
/// produced − fired − lost = final, which holds in every replication and so in the means), stocks and shortages;
/// per line its output and use; per threat type what came, was killed and leaked; per funding source its money; by
/// month and, for plots, by day; each figure as a mean with its 95 % band over replications.
/// </summary>
public sealed record CampaignSummary
{
    public required string Campaign { get; init; }
    public required int Replications { get; init; }
    public required int Months { get; init; }
    public required int DaysPerMonth { get; init; }
    public required ulong Seed { get; init; }
    public required IReadOnlyList<ProductSummary> Products { get; init; }
    public required IReadOnlyList<LineSummary> Lines { get; init; }
    public required IReadOnlyList<ThreatSummary> Threats { get; init; }
    public required IReadOnlyList<SourceSummary> Funding { get; init; }
    public required Band Leaked { get; init; }
    public required Band Damage { get; init; }
    public required Band DamageEur { get; init; }
    public required Band InterceptorCostEur { get; init; }
    public required Band ThreatCostEur { get; init; }
    /// <summary>Interceptor EUR fired per threat EUR launched, per replication.</summary>
    public required Band CostExchangeRatio { get; init; }
    public required Band ProductionSpentEur { get; init; }
    /// <summary>Leakers per night, by day (for plots).</summary>
    public required IReadOnlyList<Band> LeakedByDay { get; init; }

    public static CampaignSummary From(CampaignModel model, IReadOnlyList<ReplicationRecord> records, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0) throw new ArgumentException("campaign summary: no replications", nameof(records));
        var c = model.Campaign;
        int months = c.Months, days = c.Days;
        return new CampaignSummary
        {
            Campaign = c.Name,
            Replications = records.Count,
            Months = months,
            DaysPerMonth = c.DaysPerMonth,
            Seed = seed,
            Products = [.. model.Products.Select((id, p) => ProductSummary.From(id, p, records, months, days, c.DaysPerMonth))],
            Lines = [.. c.Lines.Select((line, l) => LineSummary.From(line.Id, line.Country, line.Makes, l, records, months))],
            Threats = [.. c.Tempo.Select((tempo, t) => ThreatSummary.From(tempo.Threat, t, records, months))],
            Funding = [.. c.Funding.Select((source, s) => SourceSummary.From(source.Id, s, records, months, c.Lines.Count))],
            Leaked = Band.Of(records, r => r.TotalLeaked),
            Damage = Band.Of(records, r => r.TotalDamage),
            DamageEur = Band.Of(records, r => Total(r.DamageEur)),
            InterceptorCostEur = Band.Of(records, r => r.InterceptorCostEur),
            ThreatCostEur = Band.Of(records, r => r.ThreatCostEur),
            CostExchangeRatio = Band.Of(records, r => r.ThreatCostEur > 0 ? r.InterceptorCostEur / r.ThreatCostEur : 0),
            ProductionSpentEur = Band.Of(records, r => r.ProductionSpentEur),
            LeakedByDay = [.. Enumerable.Range(0, days).Select(d => Band.Of(records, r => r.LeakedByDay[d]))],
        };
    }

    internal static double Total(double[,] values)
    {
        double s = 0;
        foreach (double v in values) s += v;
        return s;
    }

    internal static int Row(int[,] values, int row)
    {
        int s = 0;
        for (int k = 0; k < values.GetLength(1); k++) s += values[row, k];
        return s;
    }

    internal static double Row(double[,] values, int row)
    {
        double s = 0;
        for (int k = 0; k < values.GetLength(1); k++) s += values[row, k];
        return s;
    }
}

/// <summary>One product over the campaign. <see cref="InitialStock"/> + <see cref="Produced"/> − <see cref="Fired"/>
/// − <see cref="Lost"/> = <see cref="FinalStock"/> (means; exact in each replication).</summary>
public sealed record ProductSummary
{
    public required string Product { get; init; }
    public required Band InitialStock { get; init; }
    public required Band Produced { get; init; }
    public required Band Delivered { get; init; }
    public required Band Fired { get; init; }
    public required Band Lost { get; init; }
    public required Band FinalStock { get; init; }
    /// <summary>Interceptors the doctrine wanted that the fire units did not hold.</summary>
    public required Band Short { get; init; }
    /// <summary>Share of replications in which the fire units ran short of it at least once.</summary>
    public required double ShortProbability { get; init; }
    /// <summary>First day short, over the replications that ran short (null when none did).</summary>
    public required Band? FirstShortDay { get; init; }
    public required IReadOnlyList<Band> ProducedByMonth { get; init; }
    public required IReadOnlyList<Band> FiredByMonth { get; init; }
    /// <summary>Fire units' stock at the end of each month.</summary>
    public required IReadOnlyList<Band> StockByMonth { get; init; }
    /// <summary>Fire units' stock at the end of each night (for plots).</summary>
    public required IReadOnlyList<Band> StockByDay { get; init; }

    internal static ProductSummary From(string id, int p, IReadOnlyList<ReplicationRecord> records, int months, int days, int daysPerMonth)
    {
        var shortOnes = records.Where(r => r.FirstShortDay[p] >= 0).ToList();
        return new ProductSummary
        {
            Product = id,
            InitialStock = Band.Of(records, r => r.InitialStock[p]),
            Produced = Band.Of(records, r => CampaignSummary.Row(r.Produced, p)),
            Delivered = Band.Of(records, r => CampaignSummary.Row(r.Delivered, p)),
            Fired = Band.Of(records, r => CampaignSummary.Row(r.Fired, p)),
            Lost = Band.Of(records, r => CampaignSummary.Row(r.Lost, p)),
            FinalStock = Band.Of(records, r => r.FinalStock[p]),
            Short = Band.Of(records, r => CampaignSummary.Row(r.Short, p)),
            ShortProbability = (double)shortOnes.Count / records.Count,
            FirstShortDay = shortOnes.Count > 0 ? Band.Of(shortOnes, r => r.FirstShortDay[p]) : null,
            ProducedByMonth = [.. Enumerable.Range(0, months).Select(m => Band.Of(records, r => r.Produced[p, m]))],
            FiredByMonth = [.. Enumerable.Range(0, months).Select(m => Band.Of(records, r => r.Fired[p, m]))],
            StockByMonth = [.. Enumerable.Range(0, months).Select(m => Band.Of(records, r => r.StockAtUnits[p, (m + 1) * daysPerMonth - 1]))],
            StockByDay = [.. Enumerable.Range(0, days).Select(d => Band.Of(records, r => r.StockAtUnits[p, d]))],
        };
    }
}

/// <summary>One production line: what it started and finished, its capacity, how much of it was used, what it cost,
/// and in how many replications it ran each month.</summary>
public sealed record LineSummary
{
    public required string Line { get; init; }
    public required string Country { get; init; }
    public required string Makes { get; init; }
    public required Band Started { get; init; }
    public required Band Completed { get; init; }
    public required Band SpentEur { get; init; }
    /// <summary>Units started over capacity offered, the whole campaign.</summary>
    public required Band Utilisation { get; init; }
    public required IReadOnlyList<Band> StartedByMonth { get; init; }
    public required IReadOnlyList<Band> UtilisationByMonth { get; init; }
    public required IReadOnlyList<double> RunningShareByMonth { get; init; }

    internal static LineSummary From(string id, string country, string makes, int l, IReadOnlyList<ReplicationRecord> records, int months) => new()
    {
        Line = id,
        Country = country,
        Makes = makes,
        Started = Band.Of(records, r => CampaignSummary.Row(r.LineStarted, l)),
        Completed = Band.Of(records, r => CampaignSummary.Row(r.LineCompleted, l)),
        SpentEur = Band.Of(records, r => CampaignSummary.Row(r.LineSpentEur, l)),
        Utilisation = Band.Of(records, r => CampaignSummary.Row(r.LineCapacity, l) is var cap and > 0 ? CampaignSummary.Row(r.LineStarted, l) / cap : 0),
        StartedByMonth = [.. Enumerable.Range(0, months).Select(m => Band.Of(records, r => r.LineStarted[l, m]))],
        UtilisationByMonth = [.. Enumerable.Range(0, months).Select(m => Band.Of(records, r => r.LineCapacity[l, m] > 0 ? r.LineStarted[l, m] / r.LineCapacity[l, m] : 0))],
        RunningShareByMonth = [.. Enumerable.Range(0, months).Select(m => records.Count(r => r.LineRunning[l, m]) / (double)records.Count)],
    };
}

public sealed record ThreatSummary
{
    public required string Threat { get; init; }
    public required Band Launched { get; init; }
    public required Band Killed { get; init; }
    public required Band Leaked { get; init; }
    public required Band Damage { get; init; }
    public required Band DamageEur { get; init; }
    public required IReadOnlyList<Band> LeakedByMonth { get; init; }

    internal static ThreatSummary From(string id, int t, IReadOnlyList<ReplicationRecord> records, int months) => new()
    {
        Threat = id,
        Launched = Band.Of(records, r => CampaignSummary.Row(r.Launched, t)),
        Killed = Band.Of(records, r => CampaignSummary.Row(r.Killed, t)),
        Leaked = Band.Of(records, r => CampaignSummary.Row(r.Leaked, t)),
        Damage = Band.Of(records, r => CampaignSummary.Row(r.Damage, t)),
        DamageEur = Band.Of(records, r => CampaignSummary.Row(r.DamageEur, t)),
        LeakedByMonth = [.. Enumerable.Range(0, months).Select(m => Band.Of(records, r => r.Leaked[t, m]))],
    };
}

public sealed record SourceSummary
{
    public required string Source { get; init; }
    public required Band InflowEur { get; init; }
    public required Band SpentEur { get; init; }
    public required Band LapsedEur { get; init; }
    public required Band FinalBalanceEur { get; init; }

    internal static SourceSummary From(string id, int s, IReadOnlyList<ReplicationRecord> records, int months, int lines) => new()
    {
        Source = id,
        InflowEur = Band.Of(records, r => CampaignSummary.Row(r.SourceInflowEur, s)),
        SpentEur = Band.Of(records, r => Enumerable.Range(0, lines).Sum(l => Enumerable.Range(0, months).Sum(m => r.SourcePaidEur[s, l, m]))),
        LapsedEur = Band.Of(records, r => CampaignSummary.Row(r.SourceLapsedEur, s)),
        FinalBalanceEur = Band.Of(records, r => r.SourceBalanceEur[s, months - 1]),
    };
}
