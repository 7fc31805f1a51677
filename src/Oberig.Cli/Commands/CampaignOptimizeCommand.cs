using System.CommandLine;
using System.Diagnostics;
using Oberig.Campaign.OrTools;
using Oberig.Core.Diagnostics;

namespace Oberig.Cli.Commands;

/// <summary>
/// <c>oberig campaign optimize FILE [--budget EUR] [--objective damage|leakers] [--out PLAN.yaml] [--replications N]
/// [--seed S] [--threads N] [--format table|json] [--marginal-eur 1e8] [--time-limit S] [--search N]</c>: the funding
/// and investments that minimise expected damage (or leakers), checked by simulation against the equal split and the
/// default plan with common random numbers, then searched from the best of them with the simulation as judge; the best
/// by simulated mean is written to <c>--out</c>; the lines' marginal values are printed.
/// </summary>
public static class CampaignOptimizeCommand
{
    public static Command Create() => Create(CampaignOptimizeIo.Default);

    /// <summary>The command with its file input and output given (the `campaign` parent passes the loader and writer).</summary>
    public static Command Create(CampaignOptimizeIo io)
    {
        var file = new Argument<string>("FILE") { Description = "Campaign file (YAML or JSON)." };
        var budget = new Option<double?>("--budget") { Description = "Most EUR the plan may spend over the horizon, investments included (default: whatever the funding sources provide).", HelpName = "EUR" };
        var objective = new Option<string>("--objective") { Description = "What to minimise: damage or leakers.", DefaultValueFactory = _ => "damage", HelpName = "damage|leakers" };
        var output = new Option<string?>("--out", "-o") { Description = "Write the best plan here (YAML or JSON, as `campaign run --plan` reads).", HelpName = "PLAN.yaml" };
        var replications = new Option<int?>("--replications", "-n") { Description = "Replications per candidate plan in the simulation check (default: the campaign's)." };
        var seed = new Option<ulong?>("--seed") { Description = "Random seed of the simulation check (default: the campaign's)." };
        var threads = new Option<int>("--threads", "-j") { Description = "Threads for the simulation check.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var marginal = new Option<double>("--marginal-eur") { Description = "Extra EUR given to one line at a time, spread over the horizon, to price its marginal value.", DefaultValueFactory = _ => 1e8, HelpName = "EUR" };
        var months = new Option<int?>("--months") { Description = "Horizon in months (default: the file's)." };
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds each MIP solve may take before the best plan found so far is used (default 20).", DefaultValueFactory = _ => 20, HelpName = "S" };
        var search = new Option<int>("--search") { Description = "Most plans the simulation search from the best candidate may simulate (0: no search).", DefaultValueFactory = _ => 300, HelpName = "N" };
        var format = CommonOptions.Format();
        var command = new Command("optimize", "Funding and investments that minimise expected damage or leakers (MIP on OR-Tools), checked by simulation; marginal values per line.")
        {
            file, budget, objective, output, months, replications, seed, threads, marginal, timeLimit, search, format,
        };
        command.SetAction(parse =>
        {
            var options = Options(parse.GetValue(budget), parse.GetValue(objective)!, parse.GetValue(threads), parse.GetValue(marginal), parse.GetValue(replications),
                parse.GetValue(timeLimit), parse.GetValue(search));
            var model = io.LoadModel(parse.GetValue(file)!);
            if (parse.GetValue(months) is { } horizon) model = model.WithCampaign(CampaignInput.WithMonths(model.Campaign, horizon));
            options = options with
            {
                Replications = parse.GetValue(replications) ?? model.Campaign.Replications,
                Seed = parse.GetValue(seed) ?? model.Campaign.Seed,
            };
            var clock = Stopwatch.StartNew();
            var report = OptimizeStudy.Run(model, options);
            double seconds = clock.Elapsed.TotalSeconds;
            string? written = parse.GetValue(output);
            if (written is not null) io.WritePlan(written, report.Best.Plan ?? report.Optimized.Plan); // every candidate now carries its plan; the fallback is for safety only
            var o = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == OutputFormat.Json) CampaignOptimizeOutput.WriteJson(o, model, report, seconds, written);
            else CampaignOptimizeOutput.PrintTable(o, model, report, seconds, written);
            return CliHost.Ok;
        });
        return command;
    }

    /// <summary>The command line's figures checked at once, all problems reported together.</summary>
    internal static OptimizeOptions Options(double? budget, string objective, int threads, double marginal, int? replications, double timeLimitS = 20,
        int search = 300)
    {
        var problems = new List<InputProblem>();
        CampaignObjective? chosen = objective.ToLowerInvariant() switch
        {
            "damage" => CampaignObjective.Damage,
            "leakers" => CampaignObjective.Leakers,
            _ => null,
        };
        if (chosen is null) problems.Add(new InputProblem("<command line>", 0, "--objective", $"'{objective}' is not an objective (allowed: damage, leakers)"));
        if (budget is { } b && !(b >= 0 && double.IsFinite(b))) problems.Add(new InputProblem("<command line>", 0, "--budget", $"{b} is not allowed (EUR, at least 0)"));
        if (threads < 1) problems.Add(new InputProblem("<command line>", 0, "--threads", $"{threads} is not allowed (must be at least 1)"));
        if (!(marginal > 0 && double.IsFinite(marginal))) problems.Add(new InputProblem("<command line>", 0, "--marginal-eur", $"{marginal} is not allowed (EUR, more than 0)"));
        if (replications is < 1) problems.Add(new InputProblem("<command line>", 0, "--replications", $"{replications} is not allowed (must be at least 1)"));
        if (!(timeLimitS > 0 && double.IsFinite(timeLimitS))) problems.Add(new InputProblem("<command line>", 0, "--time-limit", $"{timeLimitS} is not allowed (seconds, more than 0)"));
        if (search < 0) problems.Add(new InputProblem("<command line>", 0, "--search", $"{search} is not allowed (plans, at least 0)"));
        if (problems.Count > 0) throw new InputException(problems);
        return new OptimizeOptions { Objective = chosen!.Value, BudgetEur = budget, Threads = threads, MarginalEur = marginal, TimeLimitSeconds = timeLimitS, SearchEvaluations = search };
    }
}
