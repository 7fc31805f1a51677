using Google.OrTools.LinearSolver;
using Oberig.Campaign.Funding;
using Oberig.Campaign.Running;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.OrTools;

/// <summary>Money only one line may use, spread evenly over the horizon (carried over when unspent): how the marginal
/// value of a line is priced.</summary>
internal sealed record ExtraMoney(int Line, double EurPerMonth);

/// <summary>
/// The campaign's funding as a mixed-integer program over its months, on expected values (SCIP through OR-Tools).
/// Money, open lines and investments are monthly; the material flow (starts, completions, stores, firing) runs in
/// <see cref="OptimizeOptions.PeriodsPerMonth"/> periods a month, so lead times chained through components, assembly
/// and transit are not rounded to whole months.
/// </summary>
/// <remarks>
/// <para>Decisions: f[s,l,m] ≥ 0, money from source s to line l in month m, only where the funding rules let s pay l
/// (<see cref="FundingLedger.MayPay"/>); open[l,m] binary, the line is paid its fixed cost and may start units;
/// x[l,h] ≥ 0, units started in period h (continuous: expected values); y[l,i,m] binary, investment i of line l paid in
/// month m, at most once.</para>
/// <para>Money: a carry-over source pays at most its inflows to date less what it paid before, a lapsing source at most
/// the month's inflow; the optional budget caps the total. A line's money covers fixed·open + c[l,m]·(its starts in
/// the month) + capital·y, plus one euro per open month so solver rounding never leaves a line a cent under its fixed
/// cost. Capacity: a period's starts stay within its share of the month's capacity·open, capacity growing by an
/// investment's added capacity from its lead months after it is paid (as the simulation matures it). A line that may
/// close (idle a given number of months in a row) is never planned to restart: once shut that long it stays shut
/// (restart months are not modelled).</para>
/// <para>Material: work finishes after the line's lead time as period shares (<see cref="PeriodLag"/>), the work in
/// progress at day 0 as the simulation schedules it; component stores stay ≥ 0, final assembly consuming its bill of
/// materials at start; finished products reach the fire units after the product's mean transit time, less its mean
/// loss fraction (<see cref="ProductSupply"/>), into one pooled stock ≥ 0. The nights (<see cref="ExpectedNights"/>)
/// fire each product at the threat types the fit fires it at, averting the fit's leakers per interceptor; a product
/// with stock to spare makes up kills a short one loses, at its own rate, as the night resolver's fallback does; a
/// period's nights of one class (by how many types are massed) fire no more than the units hold on those nights. Each
/// period the fire units fire all the doctrine wants, or run their stock down to the doctrine's reserve (a binary per
/// product and period says which): the doctrine does not hold interceptors back for later nights, and neither may
/// the plan.</para>
/// <para>Approximations (stated, so results are read with them): unit costs are linear, c[l,m] given by the caller
/// (the learning curve read at a cumulative output, see <see cref="FundingOptimizer"/>); within a period, work is
/// started evenly and what completes may be used at once; the depot's daily refill is not followed (the units'
/// stocks are pooled, as the night resolver pools them, and capped per night at what they hold); nights are pooled
/// by period and class; raids and outcomes are expectations (no night-to-night dispersion within a class); the
/// fallback is free to aim spare stock where it averts most, where the resolver hands it out greedily night by night
/// (decoys included), so the program sees fewer leakers than the simulation does.</para>
/// <para>Objective: Σ w_t·(V[t,h,k] − Σ_p rate[t,p,h,k]·e[t,p,h,k]), the leakers (w = 1) or damage (w = damage per
/// leaker) the full demand would avert and the fire does not; then, that held at its optimum, the least money Σf, so
/// money no interceptor needs is not spent (two solves rather than a small money term, whose effect the solver's tolerances would hide).</para>
/// </remarks>
internal sealed partial class FundingMip : IDisposable
{
    private const double OneEuroMargin = 1;
    private static readonly double Inf = double.PositiveInfinity;

    private readonly CampaignDefinition _c;
    private readonly ExpectedNights _nights;
    private readonly OptimizeOptions _options;
    private readonly ExtraMoney? _extra;
    private readonly Solver _solver;
    private readonly int _months, _perMonth, _periods;
    private readonly double _daysPerPeriod;

    private FundingMip(CampaignModel model, ExpectedNights nights, OptimizeOptions options, ExtraMoney? extra)
    {
        _c = model.Campaign;
        _nights = nights;
        _options = options;
        _extra = extra;
        _solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("OR-Tools has no SCIP solver");
        _months = _c.Months;
        _perMonth = options.PeriodsPerMonth;
        _periods = _months * _perMonth;
        _daysPerPeriod = (double)_c.DaysPerMonth / _perMonth;
    }

    /// <param name="leastMoney">Whether to solve a second time for the least money at that shortfall (a plan to
    /// write needs it; a marginal value, which compares shortfalls only, does not).</param>
    /// <param name="hint">A solution of the same program (by variable name) to start from: the previous learning-curve
    /// pass's, whose unit costs were no lower, or the baseline's when pricing extra money; variables it lacks start at
    /// 0. It is feasible in either case, so the solver holds a plan from the start.</param>
    public static MipSolution Solve(CampaignModel model, ExpectedNights nights, double[,] unitCost, OptimizeOptions options, ExtraMoney? extra,
        bool leastMoney = true, IReadOnlyDictionary<string, double>? hint = null)
    {
        using var mip = new FundingMip(model, nights, options, extra);
        mip.AddMoney();
        mip.AddLines(unitCost);
        mip.AddMaterials();
        mip.AddNights();
        if (hint is not null)
        {
            var variables = mip._solver.variables();
            mip._solver.SetHint(variables, [.. variables.Select(v => hint.GetValueOrDefault(v.Name()))]);
        }
        return mip.Run(leastMoney);
    }

    public void Dispose() => _solver.Dispose();

    private int Sources => _c.Funding.Count + (_extra is null ? 0 : 1);

    /// <summary>Two solves, lexicographic: the least expected shortfall cost, then, holding it, the least money (so no
    /// line is paid for units nothing will fire, and lapsing money is not confused with money to keep).</summary>
    private MipSolution Run(bool leastMoney)
    {
        _solver.SetTimeLimit((long)Math.Ceiling(_options.TimeLimitSeconds * 1000));
        using var parameters = new MPSolverParameters();
        parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, _options.RelativeGap);
        var objective = _solver.Objective();
        var status = Check(_solver.Solve(parameters));
        double best = objective.Value(), bound = objective.BestBound();
        var first = Read(status == Solver.ResultStatus.OPTIMAL, bound);
        if (!leastMoney) return first;
        // Start the second solve from the first's solution: it satisfies the hold, so the solver has a plan at once.
        var variables = _solver.variables();
        _solver.SetHint(variables, [.. variables.Select(v => v.SolutionValue())]);
        // Hold the shortfall within a millionth of its optimum (the solver's tolerances are coarser than that).
        var hold = _solver.MakeConstraint(-Inf, best - objective.Offset() + 1e-6 * Math.Max(1, Math.Abs(best)), "hold");
        foreach (var (fired, weight) in _shortfallTerms) hold.SetCoefficient(fired, -weight);
        objective.Clear();
        foreach (var v in _f) if (v is not null) objective.SetCoefficient(v, 1e-6);
        objective.SetMinimization();
        var second = _solver.Solve(parameters);
        // Within its time the least-money solve may find nothing better to report: the first plan stands.
        return second is Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE
            ? Read(status == Solver.ResultStatus.OPTIMAL && second == Solver.ResultStatus.OPTIMAL, bound)
            : first;
    }

    private Solver.ResultStatus Check(Solver.ResultStatus status) => status switch
    {
        Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE => status,
        // Out of time before any plan: the user's setting, said as such (exit code 2), not a defect.
        Solver.ResultStatus.NOT_SOLVED => throw new Core.Diagnostics.InputException(new Core.Diagnostics.InputProblem("<command line>", 0, "--time-limit",
            $"no plan for '{_c.Name}' was found within {_options.TimeLimitSeconds} s a solve (allowed: more seconds)")),
        _ => throw new InvalidOperationException($"campaign optimize: the funding program for '{_c.Name}' has no solution ({status})"),
    };

    private double Inflow(int s, int m) => s < _c.Funding.Count ? _c.Funding[s].AmountInMonth(m) : _extra!.EurPerMonth;

    private int MonthOf(int period) => period / _perMonth;

    private int _binaries;

    private Variable Binary(string name)
    {
        _binaries++;
        return _solver.MakeBoolVar(name);
    }
}
