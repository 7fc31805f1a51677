using Google.OrTools.Sat;
using Oberig.BattleManagement.Assignment;

namespace Oberig.BattleManagement.OrTools;

/// <summary>
/// <c>ortools-naive</c>: the CP-SAT model a user would write first, kept as the benchmark's yardstick. Integer
/// x_ij, the availability and cap constraints, and for each target its survival V e^(-y) (y = Σ -ln(1-p) x) replaced
/// by the maximum of its tangents at y = 0, 0.25, ..., 12 and 0 — a piecewise-linear convex under-estimate — in
/// integers: y scaled by 1000 with each coefficient rounded up, survival by 1000 with intercepts rounded down and
/// slopes rounded up, so the scaled model never over-estimates and CP-SAT's best bound / 1000 is a valid lower bound.
/// The objective reported is the true one of the assignment CP-SAT returns (all zero if it found none).
/// </summary>
public sealed class CpSatNaiveSolver : IWtaSolver
{
    private const double LogScale = 1000, ValueScale = 1000, TangentStep = 0.25, LastTangent = 12;

    public string Name => "ortools-naive";

    public WtaSolution Solve(WtaInstance instance, WtaSolveOptions options)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        int m = instance.Weapons, n = instance.Targets;
        var model = new CpModel();
        var x = new IntVar?[m * n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                double p = instance.Probabilities[i * n + j];
                int most = Math.Min(instance.Available[i], instance.MaxPerTarget?[j] ?? int.MaxValue);
                if (p > 0 && most > 0) x[i * n + j] = model.NewIntVar(0, most, $"x{i}_{j}");
            }
        for (int i = 0; i < m; i++)
        {
            var row = Enumerable.Range(0, n).Select(j => x[i * n + j]).OfType<IntVar>().ToArray();
            if (row.Length > 0) model.Add(LinearExpr.Sum(row) <= instance.Available[i]);
        }
        var objective = new List<LinearExpr>();
        for (int j = 0; j < n; j++)
        {
            var column = Enumerable.Range(0, m).Where(i => x[i * n + j] is not null).ToArray();
            if (instance.MaxPerTarget is { } cap && column.Length > 0)
                model.Add(LinearExpr.Sum(column.Select(i => x[i * n + j]!)) <= cap[j]);
            double v = instance.Values[j];
            long top = (long)Math.Ceiling(v * ValueScale);
            var z = model.NewIntVar(0, top, $"z{j}");
            objective.Add(z);
            if (column.Length == 0) { model.Add(z >= (long)Math.Floor(v * ValueScale)); continue; }
            var logKill = column.Select(i => (long)Math.Ceiling(LogScale * Math.Min(-Math.Log(1 - instance.Probabilities[i * n + j]), 50))).ToArray();
            var y = LinearExpr.WeightedSum(column.Select(i => x[i * n + j]!), logKill);
            for (double t = 0; t <= LastTangent + 1e-9; t += TangentStep)
            {
                double e = v * Math.Exp(-t) * ValueScale;
                long intercept = (long)Math.Floor(e * (1 + t));
                long slope = (long)Math.Ceiling(e / LogScale);
                model.Add(z + slope * y >= intercept);
            }
        }
        if (instance.WeaponCosts is { } c)
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++)
                    if (x[i * n + j] is { } xij && c[i] > 0) objective.Add((long)Math.Floor(c[i] * ValueScale) * xij);
        model.Minimize(LinearExpr.Sum(objective));

        var solver = new CpSolver();
        var parameters = new List<string> { $"num_workers:{Math.Max(1, options.Threads)}", $"relative_gap_limit:{options.RelativeGap}" };
        if (options.TimeLimit is { } limit) parameters.Add($"max_time_in_seconds:{limit.TotalSeconds}");
        solver.StringParameters = string.Join(" ", parameters);
        var status = solver.Solve(model);

        var counts = new int[m * n];
        bool found = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;
        if (found)
            for (int k = 0; k < counts.Length; k++)
                if (x[k] is { } var) counts[k] = (int)solver.Value(var);
        double value = WtaObjective.Evaluate(instance, counts);
        double bound = Math.Min(value, solver.BestObjectiveBound / ValueScale);
        return new WtaSolution(counts, value, bound, false);
    }
}
