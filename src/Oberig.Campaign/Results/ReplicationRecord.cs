namespace Oberig.Campaign.Results;

/// <summary>
/// Everything one campaign replication produced, by day and by month. Indices follow the campaign's order: products,
/// lines, funding sources, tempo entries (threat types) and fire units as listed in the file.
/// </summary>
public sealed class ReplicationRecord
{
    public ReplicationRecord(int days, int months, int products, int lines, int sources, int threats, int units)
    {
        StockAtUnits = new int[products, days];
        LeakedByDay = new int[days];
        DamageByDay = new double[days];
        Produced = new int[products, months];
        Delivered = new int[products, months];
        Fired = new int[products, months];
        Lost = new int[products, months];
        Short = new double[products, months];
        LineStarted = new int[lines, months];
        LineCompleted = new int[lines, months];
        LineCapacity = new double[lines, months];
        LineSpentEur = new double[lines, months];
        LineRunning = new bool[lines, months];
        Launched = new int[threats, months];
        Killed = new int[threats, months];
        Leaked = new int[threats, months];
        Damage = new double[threats, months];
        DamageEur = new double[threats, months];
        SourceInflowEur = new double[sources, months];
        SourceLapsedEur = new double[sources, months];
        SourceBalanceEur = new double[sources, months];
        SourcePaidEur = new double[sources, lines, months];
        InitialStock = new int[products];
        FinalStock = new int[products];
        FinalAtUnits = new int[units];
        FirstShortDay = new int[products];
    }

    /// <summary>Components in store at day 0, made by their lines, used by final assembly, and in store at the end
    /// (by component, in file order).</summary>
    public int[] InitialComponents { get; internal set; } = [];
    public int[] ComponentsMade { get; internal set; } = [];
    public int[] ComponentsUsed { get; internal set; } = [];
    public int[] FinalComponents { get; internal set; } = [];

    /// <summary>Fire units' stock of each product at the end of each night.</summary>
    public int[,] StockAtUnits { get; }
    public int[] LeakedByDay { get; }
    public double[] DamageByDay { get; }
    /// <summary>Finished by final assembly, by product and month.</summary>
    public int[,] Produced { get; }
    /// <summary>Landed at fire units.</summary>
    public int[,] Delivered { get; }
    public int[,] Fired { get; }
    /// <summary>Lost on the way to the fire units.</summary>
    public int[,] Lost { get; }
    /// <summary>Interceptors the doctrine wanted that the fire units did not hold.</summary>
    public double[,] Short { get; }
    public int[,] LineStarted { get; }
    public int[,] LineCompleted { get; }
    public double[,] LineCapacity { get; }
    /// <summary>Fixed, variable and capital spending of each line, EUR.</summary>
    public double[,] LineSpentEur { get; }
    public bool[,] LineRunning { get; }
    public int[,] Launched { get; }
    public int[,] Killed { get; }
    public int[,] Leaked { get; }
    public double[,] Damage { get; }
    public double[,] DamageEur { get; }
    public double[,] SourceInflowEur { get; }
    public double[,] SourceLapsedEur { get; }
    /// <summary>Balance at the end of each month, EUR.</summary>
    public double[,] SourceBalanceEur { get; }
    /// <summary>EUR each source paid each line and the line used, by month: [source, line, month].</summary>
    public double[,,] SourcePaidEur { get; }
    /// <summary>Products at fire units and in the depot at day 0.</summary>
    public int[] InitialStock { get; }
    /// <summary>Products at fire units, in the depot and on their way at the end.</summary>
    public int[] FinalStock { get; }
    public int[] FinalAtUnits { get; }
    /// <summary>First day the doctrine wanted more of the product than the fire units held; −1 when never.</summary>
    public int[] FirstShortDay { get; }
    /// <summary>The nights asked for, kept whole for checking against the engine (empty unless asked).</summary>
    public List<NightCheckpoint> Checkpoints { get; } = [];
    public List<Scenario.Campaign.PlannedInvestment> Investments { get; } = [];
    public List<Scenario.Campaign.PlannedInvestment> UnfundedInvestments { get; } = [];
    public double InterceptorCostEur { get; set; }
    public double ThreatCostEur { get; set; }

    public int TotalLeaked => LeakedByDay.Sum();
    public double TotalDamage => DamageByDay.Sum();
    /// <summary>EUR every line spent over the campaign: fixed, variable and capital.</summary>
    public double ProductionSpentEur => CampaignSummary.Total(LineSpentEur);
}
