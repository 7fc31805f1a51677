using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Oberig.Core.Diagnostics;
using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Tracking.Associators;
using Oberig.Tracking.Initiators;
using Oberig.Tracking.Metrics;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Options;
using Oberig.Tracking.Simulation;
using Oberig.Tracking.Trackers;
using Oberig.Tracking;

namespace Oberig.Cli.Commands;

/// <summary>
/// <c>oberig bench track</c>: the issue 3 tracking benchmark. For each target count, generates 2-D constant-velocity
/// targets (Pd, Poisson clutter at a fixed density, 1 s scans), runs the tracker, and reports wall milliseconds and
/// bytes allocated per scan over the scans after the warm-up (Stopwatch and the thread's allocation counter around
/// <see cref="Tracker.Step(SimTime, ReadOnlySpan{Vec3}, IMeasurementModel)"/> only), and the mean GOSPA per target.
/// </summary>
public static class TrackBench
{
    public static Command Build()
    {
        var targets = new Option<string>("--targets") { Description = "Comma-separated target counts.", DefaultValueFactory = _ => "100,1000,10000" };
        var scans = new Option<int>("--scans") { Description = "Scans per run.", DefaultValueFactory = _ => 100 };
        var warmup = new Option<int>("--warmup") { Description = "Untimed first scans (track confirmation, JIT).", DefaultValueFactory = _ => 20 };
        var associator = new Option<string>("--associator") { Description = "gnn or jpda.", DefaultValueFactory = _ => AssociatorNames.Gnn };
        var pd = new Option<double>("--pd") { Description = "Detection probability.", DefaultValueFactory = _ => 0.9 };
        var clutter = new Option<double>("--clutter-per-100") { Description = "Mean clutter detections per scan per 100 targets (constant density).", DefaultValueFactory = _ => 10 };
        var seed = new Option<ulong>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var command = new Command("track", "The tracker on 2-D CV targets with Pd and Poisson clutter: ms and bytes per scan, GOSPA (c=10, p=1, alpha=2) per target.")
        {
            targets, scans, warmup, associator, pd, clutter, seed,
        };
        command.SetAction(parse =>
        {
            var counts = new List<int>();
            foreach (var part in parse.GetValue(targets)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                if (int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n >= 1) counts.Add(n);
                else throw new InputException(new InputProblem("<command line>", 0, "--targets", $"'{part}' is not a positive whole number"));
            int total = CommonOptions.Positive(parse.GetValue(scans), "--scans");
            int skip = parse.GetValue(warmup);
            if (skip < 0 || skip >= total) throw new InputException(new InputProblem("<command line>", 0, "--warmup", $"{skip} is not allowed (0 .. scans - 1)"));
            string name = parse.GetValue(associator)!;
            if (!AssociatorNames.All.Contains(name)) throw new InputException(new InputProblem("<command line>", 0, "--associator", $"'{name}' is unknown (allowed: gnn, jpda)"));
            var o = parse.InvocationConfiguration.Output;
            var ci = CultureInfo.InvariantCulture;
            o.WriteLine(string.Create(ci, $"{name} tracker, {total} scans ({skip} warm-up), Pd {parse.GetValue(pd)}, {parse.GetValue(clutter)} clutter per scan per 100 targets; one thread; .NET {Environment.Version}, {Environment.ProcessorCount} cores"));
            // Untimed runs for about two seconds first, so the timed ones run tier-1 code (tiered JIT promotes hot
            // methods in the background after a delay; without this the first, smallest case reads several times slow).
            var jit = Stopwatch.StartNew();
            while (jit.Elapsed.TotalSeconds < 2) Run(new ConstantVelocityScenarioOptions { Targets = 300, Scans = 60, Seed = parse.GetValue(seed) + 1 }, name, 1);
            o.WriteLine("| targets | detections per scan | ms per scan | bytes per scan | GOSPA per target (m) | confirmed at end |");
            o.WriteLine("|---|---|---|---|---|---|");
            foreach (int n in counts)
            {
                var s = new ConstantVelocityScenarioOptions
                {
                    Targets = n, Scans = total, DetectionProbability = parse.GetValue(pd),
                    ClutterPerScan = parse.GetValue(clutter) * n / 100.0, Seed = parse.GetValue(seed),
                };
                var problems = s.Problems().Select(p => new InputProblem("<command line>", 0, "--" + p.Option, p.Message)).ToList();
                if (problems.Count > 0) throw new InputException(problems);
                var r = Run(s, name, skip);
                o.WriteLine(string.Create(ci, $"| {n:N0} | {r.DetectionsPerScan:0} | {r.MsPerScan:0.000} | {r.BytesPerScan:0} | {r.GospaPerTarget:0.000} | {r.Confirmed:N0} |"));
            }
            return CliHost.Ok;
        });
        return command;
    }

    public sealed record Result(double DetectionsPerScan, double MsPerScan, double BytesPerScan, double GospaPerTarget, int Confirmed);

    public static Result Run(ConstantVelocityScenarioOptions s, string associator, int warmup)
    {
        var (truth, detections) = ConstantVelocityScenario.Generate(s);
        var scans = new Vec3[s.Scans][];
        var truths = new Vec3[s.Scans][];
        var byScan = detections.GroupBy(d => (int)Math.Round(d.TimeS / s.ScanPeriodS)).ToDictionary(g => g.Key, g => g.Select(d => d.Position).ToArray());
        var truthByScan = truth.GroupBy(t => (int)Math.Round(t.TimeS / s.ScanPeriodS)).ToDictionary(g => g.Key, g => g.Select(t => t.Position).ToArray());
        for (int k = 0; k < s.Scans; k++) { scans[k] = byScan.GetValueOrDefault(k, []); truths[k] = truthByScan[k]; }

        var options = new TrackerOptions(
            Filter: new FilterOptions(FilterNames.Kalman, Axes: 2, Motion: new MotionModelOptions(MotionModelOptions.ConstantVelocity, s.ProcessNoise)),
            Associator: associator,
            Association: new AssociationOptions(s.DetectionProbability, Math.Max(s.ClutterPerScan, 0.1) / (s.SideM * s.SideM)),
            Initiator: new InitiatorOptions(MaxSpeedMps: 2 * s.MaxInitialSpeedMps));
        var tracker = Tracker.Create(options);
        var sensor = PositionMeasurement.Cartesian(2, s.MeasurementSigmaM);
        var workspace = new MetricWorkspace();
        var clock = new Stopwatch();
        long bytes = 0;
        double gospa = 0, detectionCount = 0;
        var estimates = new List<Vec3>();
        for (int k = 0; k < s.Scans; k++)
        {
            var time = SimTime.FromSeconds(k * s.ScanPeriodS);
            bool timed = k >= warmup;
            long before = GC.GetAllocatedBytesForCurrentThread();
            if (timed) clock.Start();
            tracker.Step(time, scans[k], sensor);
            if (timed) { clock.Stop(); bytes += GC.GetAllocatedBytesForCurrentThread() - before; }
            if (!timed) continue;
            detectionCount += scans[k].Length;
            estimates.Clear();
            foreach (var t in tracker.Tracks) if (t.IsConfirmed) estimates.Add(t.Position);
            var e = estimates.ToArray();
            gospa += Gospa.Compute(e, truths[k], 10, 1, 2, workspace, new int[e.Length]).Distance;
        }
        int timedScans = s.Scans - warmup;
        return new Result(detectionCount / timedScans, clock.Elapsed.TotalMilliseconds / timedScans, (double)bytes / timedScans,
            gospa / timedScans / s.Targets, tracker.ConfirmedCount);
    }
}
