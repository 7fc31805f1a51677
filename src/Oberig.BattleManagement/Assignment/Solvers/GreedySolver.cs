namespace Oberig.BattleManagement.Assignment.Solvers;

/// <summary>
/// The heuristics, by how hard they search after the greedy start (<see cref="MarginalReturnGreedy"/>):
/// <c>greedy-only</c> stops there; <c>greedy-ls</c> adds <see cref="LocalSearch"/> and <see cref="CyclicExchange"/>
/// rounds; <c>greedy</c> (the default) also runs <see cref="Reassignment"/> rounds, the strongest and dearest move.
/// Deterministic; they report no bound of their own (0), so callers compare them against an exact solver's bound.
/// </summary>
public sealed class GreedySolver : IWtaSolver
{
    /// <summary>How far past the greedy start a <see cref="GreedySolver"/> searches.</summary>
    public enum Effort { GreedyOnly, LocalSearch, Full }

    private const int MaxRounds = 100;
    private const double Enough = 2e-3; // a full-search round gaining less than this, relative, ends the search
    private const double ThoroughEnough = 1e-3; // the same for the thorough search, which also waits longer
    // Up to this many weapon-target pairs (100x200) the default searches as thoroughly: its rounds are cheap there
    // (61 ms at 100x200 mu=3, the dearest) and the shorter search ends up to 0.62 % above the optimum (50x100 mu=3).
    private const int ThoroughUpTo = 20_000;
    private readonly Effort _effort;
    private readonly bool _thorough;

    public GreedySolver(Effort effort = Effort.Full) => _effort = effort;

    /// <summary>The full search, longer: a local search first, and rounds until as many in a row as the most loaded
    /// target has units gain under 1e-3 each. About twice the time of the default at mu = 3 for an objective up to
    /// 0.3 % lower; the exact method starts from it, since its incumbent is what its search has to beat.</summary>
    internal static GreedySolver Thorough() => new(Effort.Full, thorough: true);

    private GreedySolver(Effort effort, bool thorough) { _effort = effort; _thorough = thorough; }

    public string Name => _effort switch { Effort.GreedyOnly => "greedy-only", Effort.LocalSearch => "greedy-ls", _ => "greedy" };

    public WtaSolution Solve(WtaInstance instance, WtaSolveOptions options)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var state = new AssignmentState(instance);
        MarginalReturnGreedy.Run(state, instance);
        if (_effort != Effort.GreedyOnly) Improve(state, instance, _thorough || instance.Weapons * instance.Targets <= ThoroughUpTo);
        double objective = WtaObjective.Evaluate(instance, state.Counts);
        return new WtaSolution(state.Counts, objective, 0, false);
    }

    /// <summary>
    /// A start read off elsewhere (the configuration LP's heaviest mix per target), made feasible and searched from
    /// like the thorough search's greedy start: units over a type's availability are taken off where they gain least,
    /// idle units go by marginal return, then the thorough improvement rounds.
    /// </summary>
    internal static int[] PolishFrom(WtaInstance instance, int[] counts)
    {
        int m = instance.Weapons, n = instance.Targets;
        var state = new AssignmentState(instance);
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                for (int u = 0; u < counts[i * n + j]; u++) state.Add(i, j);
        for (int i = 0; i < m; i++)
            while (state.Left[i] < 0)
            {
                int worst = -1; double least = double.PositiveInfinity;
                for (int j = 0; j < n; j++)
                {
                    if (state.Counts[i * n + j] == 0) continue;
                    double gain = state.SurvivalWithout(i, j) - state.Survival(j) - state.Cost(i);
                    if (gain < least) { least = gain; worst = j; }
                }
                state.Remove(i, worst);
            }
        for (int j = 0; j < n; j++)
            while (instance.MaxPerTarget is { } cap && state.Load[j] > cap[j])
            {
                int first = 0;
                while (state.Counts[first * n + j] == 0) first++;
                state.Remove(first, j);
            }
        state.Refresh();
        MarginalReturnGreedy.Run(state, instance);
        Thorough().Improve(state, instance, thorough: true);
        return state.Counts;
    }

    private void Improve(AssignmentState state, WtaInstance instance, bool thorough)
    {
        var reassignment = _effort == Effort.Full ? new Reassignment(instance, state) : null;
        // The full search starts the reassignment straight from the greedy start: its first round does what a local
        // search would (and more), and the local search after each improving round polishes what it leaves.
        if (reassignment is null || thorough) LocalSearch.Run(state, instance);
        var exchange = new CyclicExchange(instance, state);
        double enough = thorough ? ThoroughEnough : Enough;
        int maxLoad = 1;
        double objective = WtaObjective.Evaluate(instance, state.Counts);
        double lastGain = 0;
        for (int round = 0, quiet = 0; round < MaxRounds; round++)
        {
            bool better = reassignment?.Round(round) ?? false;
            better |= exchange.Round();
            double gain = 0;
            if (better)
            {
                LocalSearch.Run(state, instance);
                double now = WtaObjective.Evaluate(instance, state.Counts);
                gain = (objective - now) / Math.Max(Math.Abs(objective), 1e-300);
                // A full-search round that gains less than enough (relative) counts as quiet: the rounds after it
                // gain less still (about a quarter as much each at 300x600 mu = 3) and each costs a sparse solve.
                if (reassignment is null || gain >= enough) quiet = 0; else better = false;
                objective = now;
            }
            // The default stops at the first quiet round, unless the round before it gained ten times enough: round r
            // frees each target's (r mod load)-th unit, so after a large gain the next round searches other units of
            // a changed assignment and the one after it the same units again (the published 50x100 mu=2 instance: 21 %,
            // then nothing, then 1.1 % more, to the optimum). The thorough search stops once every unit of every target
            // has had its turn in the reassignment without (enough) gain.
            foreach (int load in state.Load) maxLoad = Math.Max(maxLoad, load);
            int patience = reassignment is null ? 1 : thorough ? maxLoad : lastGain >= 10 * enough ? 2 : 1;
            if (!better && ++quiet >= patience) break;
            lastGain = gain;
        }
    }
}
