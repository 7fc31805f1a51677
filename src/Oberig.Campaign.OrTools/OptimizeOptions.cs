namespace Oberig.Campaign.OrTools;

/// <summary>What the optimiser minimises: expected leakers, or expected damage (the outcome table's value units).</summary>
public enum CampaignObjective { Damage, Leakers }

/// <summary>How to optimise a campaign's funding and check the plan by simulation. Documented defaults; validated once
/// by <see cref="Validate"/> at the edge.</summary>
public sealed record OptimizeOptions
{
    public CampaignObjective Objective { get; init; } = CampaignObjective.Damage;
    /// <summary>Most EUR the plan may spend over the horizon, investments included; null: whatever the sources provide.</summary>
    public double? BudgetEur { get; init; }
    /// <summary>Extra money given to one line at a time (spread evenly over the horizon) to price its marginal value.</summary>
    public double MarginalEur { get; init; } = 1e8;
    /// <summary>Whether to compute marginal values (one more solve per line).</summary>
    public bool Marginals { get; init; } = true;
    /// <summary>Wall-clock limit for one solve, seconds (the best plan found by then is used).</summary>
    public double TimeLimitSeconds { get; init; } = 60;
    /// <summary>Relative gap at which a solve stops as optimal (a tenth of a percent: the program is an approximation
    /// the simulation then judges, and proving the last digits costs minutes).</summary>
    public double RelativeGap { get; init; } = 1e-3;
    /// <summary>Periods a month for the material flow (starts, completions, stores, firing): lead times chained through
    /// components, assembly and transit are followed at this resolution; money stays monthly.</summary>
    public int PeriodsPerMonth { get; init; } = 2;
    /// <summary>Solves with the learning curve's unit costs re-read at the previous solve's cumulative output.</summary>
    public int LearningPasses { get; init; } = 3;
    /// <summary>Replications per candidate plan in the simulation check (common random numbers: same seed, same indices).</summary>
    public int Replications { get; init; } = 100;
    public ulong Seed { get; init; } = 1;
    /// <summary>Most plans the simulation search (<see cref="PlanSearch"/>) may simulate from the best candidate; 0: no
    /// search.</summary>
    public int SearchEvaluations { get; init; } = 300;
    public int Threads { get; init; } = Environment.ProcessorCount;

    public void Validate()
    {
        var problems = new List<string>();
        if (BudgetEur is { } b && !(b >= 0 && double.IsFinite(b))) problems.Add($"BudgetEur must be a finite amount of at least 0 (is {b})");
        if (!(MarginalEur > 0 && double.IsFinite(MarginalEur))) problems.Add($"MarginalEur must be more than 0 (is {MarginalEur})");
        if (!(TimeLimitSeconds > 0)) problems.Add($"TimeLimitSeconds must be more than 0 (is {TimeLimitSeconds})");
        if (!(RelativeGap >= 0)) problems.Add($"RelativeGap must be at least 0 (is {RelativeGap})");
        if (PeriodsPerMonth is < 1 or > 30) problems.Add($"PeriodsPerMonth must be 1 to 30 (is {PeriodsPerMonth})");
        if (LearningPasses < 1) problems.Add($"LearningPasses must be at least 1 (is {LearningPasses})");
        if (SearchEvaluations < 0) problems.Add($"SearchEvaluations must be at least 0 (is {SearchEvaluations})");
        if (Replications < 1) problems.Add($"Replications must be at least 1 (is {Replications})");
        if (Threads < 1) problems.Add($"Threads must be at least 1 (is {Threads})");
        if (problems.Count > 0) throw new ArgumentException("campaign optimize: " + string.Join("; ", problems));
    }
}
