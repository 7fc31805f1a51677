using Oberig.Campaign.Funding;
using Oberig.Campaign.Logistics;
using Oberig.Campaign.Nights;
using Oberig.Campaign.Production;
using Oberig.Campaign.Raids;
using Oberig.Campaign.Random;
using Oberig.Campaign.Results;
using Oberig.Core.Random;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.Running;

/// <summary>
/// One replication of a campaign, a pure function of (campaign, plan, seed, index): each day production (finished
/// work out, new work in), logistics (the depot sends, deliveries land), then the night's raid against the fire
/// units' stocks. Raids, nights and logistics draw from their own streams, so plans evaluated with one seed meet the
/// same raids.
/// </summary>
public static class CampaignReplication
{
    /// <param name="checkDays">Days whose nights are kept whole in <see cref="ReplicationRecord.Checkpoints"/>.</param>
    public static ReplicationRecord Run(CampaignModel model, FundingPlan? plan, ulong seed, int replication, IReadOnlySet<int>? checkDays = null)
    {
        var campaign = model.Campaign;
        int days = campaign.Days, np = model.Products.Count, nt = campaign.Tempo.Count;
        var record = new ReplicationRecord(days, campaign.Months, np, campaign.Lines.Count, campaign.Funding.Count, nt,
            campaign.Logistics.FireUnits.Count);
        var ledger = new FundingLedger(campaign);
        var production = new ProductionSystem(campaign, model.Products, ledger, plan);
        var logistics = new LogisticsSystem(campaign, model.Products, new Draw(RandomStreams.For(seed, replication, "campaign-logistics")));
        var raids = new RaidGenerator(campaign.Tempo, new Draw(RandomStreams.For(seed, replication, "campaign-raids")));
        var nightDraw = new Draw(RandomStreams.For(seed, replication, "campaign-nights"));
        var resolver = new NightResolver(model.Outcomes, campaign.Tempo, campaign.Products, campaign.Doctrine);
        var night = new NightOutcome(nt, np);
        var threats = new int[nt];
        var done = new int[np];
        var lost = new int[np];
        var delivered = new int[np];
        for (int p = 0; p < np; p++)
        {
            record.InitialStock[p] = logistics.AtUnits(p) + logistics.Depot[p];
            record.FirstShortDay[p] = -1;
        }

        for (int day = 0; day < days; day++)
        {
            int month = day / campaign.DaysPerMonth;
            if (day % campaign.DaysPerMonth == 0) production.BeginMonth(month);
            Array.Clear(done);
            Array.Clear(lost);
            Array.Clear(delivered);
            production.Day(day, month, done);
            for (int p = 0; p < np; p++)
            {
                logistics.Depot[p] += done[p];
                record.Produced[p, month] += done[p];
            }
            logistics.Day(day, lost, delivered);
            raids.Night(month, threats);
            var stockBefore = checkDays?.Contains(day) == true ? logistics.Units.Select((u, k) => (u.Id, logistics.UnitStock[k])).ToList() : null;
            resolver.Resolve(threats, logistics, nightDraw, night);
            if (stockBefore is not null) record.Checkpoints.Add(Checkpoint(day, campaign, model, threats, stockBefore, night));
            for (int p = 0; p < np; p++)
            {
                record.Lost[p, month] += lost[p];
                record.Delivered[p, month] += delivered[p];
                record.Fired[p, month] += night.Fired[p];
                record.Short[p, month] += night.Short[p];
                record.StockAtUnits[p, day] = logistics.AtUnits(p);
                if (night.Short[p] > 0.5 && record.FirstShortDay[p] < 0) record.FirstShortDay[p] = day;
                record.InterceptorCostEur += night.Fired[p] * model.ProductUnitCostEur[p];
            }
            for (int t = 0; t < nt; t++)
            {
                record.Launched[t, month] += threats[t];
                record.Killed[t, month] += night.Killed[t];
                record.Leaked[t, month] += night.Leaked[t];
                record.Damage[t, month] += night.Damage[t];
                record.DamageEur[t, month] += night.DamageEur[t];
                record.LeakedByDay[day] += night.Leaked[t];
                record.DamageByDay[day] += night.Damage[t];
                record.ThreatCostEur += threats[t] * model.ThreatUnitCostEur[t];
            }
            if ((day + 1) % campaign.DaysPerMonth == 0)
            {
                production.EndMonth(month);
                // After the month's refunds: what each source carries into the next month (before any lapse).
                for (int s = 0; s < campaign.Funding.Count; s++) record.SourceBalanceEur[s, month] = ledger.Balance(s);
            }
        }

        Finish(record, campaign, production, ledger, logistics, np);
        return record;
    }

    private static NightCheckpoint Checkpoint(int day, CampaignDefinition campaign, CampaignModel model, int[] threats,
        List<(string Id, int Stock)> stockBefore, NightOutcome night)
    {
        Dictionary<string, int> ByThreat(int[] values) => campaign.Tempo.Select((t, k) => (t.Threat, values[k])).ToDictionary();
        // A fire unit listed once per product it holds: sum its stocks under its id.
        var stock = stockBefore.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.Sum(s => s.Stock));
        return new NightCheckpoint(day, ByThreat(threats), stock, ByThreat(night.Leaked), ByThreat(night.Killed),
            model.Products.Select((p, k) => (p, night.Fired[k])).ToDictionary());
    }

    private static void Finish(ReplicationRecord record, CampaignDefinition campaign, ProductionSystem production, FundingLedger ledger,
        LogisticsSystem logistics, int np)
    {
        for (int p = 0; p < np; p++)
            record.FinalStock[p] = logistics.AtUnits(p) + logistics.Depot[p] + logistics.Underway(p);
        for (int u = 0; u < logistics.Units.Count; u++) record.FinalAtUnits[u] = logistics.UnitStock[u];
        for (int l = 0; l < campaign.Lines.Count; l++)
            for (int m = 0; m < campaign.Months; m++)
            {
                record.LineStarted[l, m] = production.Started[l, m];
                record.LineCompleted[l, m] = production.Completed[l, m];
                record.LineCapacity[l, m] = production.Capacity[l, m];
                record.LineSpentEur[l, m] = production.FixedPaid[l, m] + production.VariablePaid[l, m] + production.CapitalPaid[l, m];
                record.LineRunning[l, m] = production.Status[l, m] == LineStatus.Running;
            }
        for (int s = 0; s < campaign.Funding.Count; s++)
            for (int m = 0; m < campaign.Months; m++)
            {
                record.SourceInflowEur[s, m] = ledger.Inflow[m, s];
                record.SourceLapsedEur[s, m] = ledger.Lapsed[m, s];
                for (int l = 0; l < campaign.Lines.Count; l++) record.SourcePaidEur[s, l, m] = ledger.Spent[m, s, l];
            }
        record.InitialComponents = [.. production.InitialComponentStock];
        record.ComponentsMade = [.. production.ComponentMade];
        record.ComponentsUsed = [.. production.ComponentUsed];
        record.FinalComponents = [.. production.ComponentStock];
        record.Investments.AddRange(production.Invested);
        record.UnfundedInvestments.AddRange(production.Unfunded);
    }
}
