using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Oberig.Core.Diagnostics;
using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Tracking.Metrics;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Recorded;
using Oberig.Tracking.Trackers;

namespace Oberig.Cli.Commands;

/// <summary>
/// <c>oberig track --detections D.csv [--truth T.csv] [--config TRACKER.yaml] [--out TRACKS.csv]</c>: runs the
/// tracker on recorded scans and scores it; <c>oberig track generate</c> writes benchmark data.
/// </summary>
public static class TrackCommand
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    public static Command Build()
    {
        var detections = new Option<string>("--detections", "-d") { Description = "Detections CSV: time_s,x_m,y_m[,z_m][,sensor]; rows with equal time_s form one scan. Required." };
        var truth = new Option<string>("--truth", "-t") { Description = "Truth CSV: time_s,target_id,x_m,y_m[,z_m]; enables GOSPA, OSPA, breaks, swaps and time to confirm." };
        var config = new Option<string>("--config", "-c")
        {
            Description = "Tracker settings YAML (all optional): " + string.Join("; ", TrackerConfig.Fields.Select(f => $"{f.Key}: {f.Value}")) + ".",
        };
        var output = new Option<string>("--out", "-o") { Description = "Write tracks CSV: time_s,track_id,x_m,y_m,z_m,vx_mps,vy_mps,vz_mps,confirmed (every live track after every scan)." };
        var format = CommonOptions.Format();
        var c = new Option<double>("--gospa-c") { Description = "GOSPA/OSPA cut-off distance c, m.", DefaultValueFactory = _ => 10 };
        var p = new Option<double>("--gospa-p") { Description = "GOSPA/OSPA order p (at least 1).", DefaultValueFactory = _ => 1 };
        var alpha = new Option<double>("--gospa-alpha") { Description = "GOSPA cardinality parameter alpha in (0, 2] (2 splits it into localisation, missed and false).", DefaultValueFactory = _ => 2 };

        var command = new Command("track",
            "Run the multi-target tracker on recorded detections in a local Cartesian frame (2-D constant velocity and x-y " +
            "position measurements, 3-D when the file has z_m); print mean GOSPA, OSPA, confirmed tracks, breaks, swaps, " +
            "time to confirm and ms per scan. Subcommand 'generate' writes benchmark data.")
        {
            detections, truth, config, output, format, c, p, alpha, TrackGenerateCommand.Build(),
        };
        command.SetAction(parse =>
        {
            var problems = new List<InputProblem>();
            string? detectionsPath = parse.GetValue(detections);
            if (string.IsNullOrEmpty(detectionsPath)) problems.Add(new InputProblem("<command line>", 0, "--detections", "is required (the detections CSV to track)"));
            double gc = parse.GetValue(c), gp = parse.GetValue(p), ga = parse.GetValue(alpha);
            if (!(gc > 0) || !double.IsFinite(gc)) problems.Add(new InputProblem("<command line>", 0, "--gospa-c", $"{gc} is not allowed (finite, more than 0)"));
            if (!(gp >= 1) || !double.IsFinite(gp)) problems.Add(new InputProblem("<command line>", 0, "--gospa-p", $"{gp} is not allowed (finite, at least 1)"));
            if (!(ga > 0 && ga <= 2)) problems.Add(new InputProblem("<command line>", 0, "--gospa-alpha", $"{ga} is not allowed (more than 0, at most 2)"));
            if (problems.Count > 0) throw new InputException(problems);

            var log = DetectionLog.Read(detectionsPath!);
            var truthLog = parse.GetValue(truth) is { } truthPath ? TruthLog.Read(truthPath) : null;
            var settings = parse.GetValue(config) is { } configPath ? TrackerConfigFile.Load(configPath) : new TrackerConfig();
            var summary = Run(log, truthLog, settings, gc, gp, ga, parse.GetValue(output));
            var o = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == OutputFormat.Json) o.WriteLine(JsonSerializer.Serialize(summary, JsonOptions));
            else Print(summary, o);
            return CliHost.Ok;
        });
        return command;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>What `oberig track` reports.</summary>
    public sealed record TrackSummary(
        int Scans, int Detections, int Dimensions, string Filter, string Associator,
        int ConfirmedTracksAtEnd, int LiveTracksAtEnd, double MsPerScan,
        double? MeanGospa, double? MeanGospaLocalisation, double? MeanGospaMissed, double? MeanGospaFalse,
        double? MeanOspa, int? TruthTargets, int? TrackBreaks, int? IdentitySwaps, double? MeanTimeToConfirmS,
        double GospaC, double GospaP, double GospaAlpha, long CovarianceRepairs, long RejectedUpdates);

    public static TrackSummary Run(DetectionLog log, TruthLog? truthLog, TrackerConfig settings, double c, double p, double alpha, string? outPath)
    {
        // 3-D when the file has z_m with any value other than 0; `track generate` writes a z_m column of zeros for its 2-D data.
        int axes = log.ThreeDimensional && log.Scans.Any(s => s.Detections.Any(d => d.Position.Z != 0)) ? 3 : 2;
        var options = settings.ToOptions(axes);
        var tracker = Tracker.Create(options);
        int measured = tracker.Filter.Axes; // imm measures 3 coordinates (z = 0 in a 2-D file)
        var sensor = PositionMeasurement.Cartesian(measured, settings.MeasurementSigma, tracker.Filter.StateDimension);

        var metrics = new TrackMetrics(c, p);
        var workspace = new MetricWorkspace();
        var truthIds = new Dictionary<string, int>(StringComparer.Ordinal);
        double gospa = 0, localisation = 0, missed = 0, falses = 0;
        var clock = new Stopwatch();
        using var writer = outPath is null ? null : new StreamWriter(outPath, false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer?.WriteLine("time_s,track_id,x_m,y_m,z_m,vx_mps,vy_mps,vz_mps,confirmed");
        var buffer = new double[16];
        var ids = new List<int>();
        var positions = new List<Vec3>();
        var confirmed = new List<bool>();
        foreach (var (timeS, scan) in log.Scans)
        {
            if (buffer.Length < scan.Length * measured) buffer = new double[scan.Length * measured * 2];
            for (int j = 0; j < scan.Length; j++)
            {
                buffer[j * measured] = scan[j].Position.X;
                buffer[j * measured + 1] = scan[j].Position.Y;
                if (measured == 3) buffer[j * measured + 2] = scan[j].Position.Z;
            }
            var time = SimTime.FromSeconds(timeS);
            clock.Start();
            tracker.Step(time, buffer.AsSpan(0, scan.Length * measured), sensor);
            clock.Stop();

            ids.Clear(); positions.Clear(); confirmed.Clear();
            foreach (var t in tracker.Tracks)
            {
                ids.Add(t.Id); positions.Add(t.Position); confirmed.Add(t.IsConfirmed);
                if (writer is not null)
                {
                    var x = t.Position; var v = t.Velocity;
                    writer.WriteLine(string.Create(Ci, $"{timeS:R},{t.Id},{x.X:R},{x.Y:R},{x.Z:R},{v.X:R},{v.Y:R},{v.Z:R},{(t.IsConfirmed ? "true" : "false")}"));
                }
            }
            if (truthLog is null) continue;
            var present = truthLog.At(timeS);
            var truthPositions = new Vec3[present.Length];
            var truthNumbers = new int[present.Length];
            for (int k = 0; k < present.Length; k++)
            {
                truthPositions[k] = present[k].Position;
                if (!truthIds.TryGetValue(present[k].TargetId, out int number)) truthIds[present[k].TargetId] = number = truthIds.Count;
                truthNumbers[k] = number;
            }
            var estimates = positions.Where((_, k) => confirmed[k]).ToArray();
            var g = Gospa.Compute(estimates, truthPositions, c, p, alpha, workspace, new int[estimates.Length]);
            gospa += g.Distance; localisation += g.Localisation; missed += g.Missed; falses += g.False;
            metrics.AddScan(time, [.. ids], [.. positions], [.. confirmed], truthNumbers, truthPositions);
        }

        int scans = log.Scans.Count;
        bool scored = truthLog is not null;
        return new TrackSummary(
            scans, log.Count, measured, options.FilterOrDefault.Name, options.Associator,
            tracker.ConfirmedCount, tracker.Tracks.Count, clock.Elapsed.TotalMilliseconds / scans,
            scored ? gospa / scans : null, scored ? localisation / scans : null, scored ? missed / scans : null, scored ? falses / scans : null,
            scored ? metrics.MeanOspa : null, scored ? truthIds.Count : null, scored ? metrics.TrackBreaks : null, scored ? metrics.IdentitySwaps : null,
            scored ? metrics.MeanTimeToConfirm?.Seconds : null,
            c, p, alpha, tracker.Counters.CovarianceRepairs, tracker.Counters.RejectedUpdates);
    }

    private static void Print(TrackSummary s, TextWriter o)
    {
        string F(double? v, string format = "0.000") => v is double d ? d.ToString(format, Ci) : "-";
        o.WriteLine(string.Create(Ci, $"scans: {s.Scans}, detections: {s.Detections}, {s.Dimensions}-D, filter {s.Filter}, associator {s.Associator}"));
        o.WriteLine($"confirmed tracks at end: {s.ConfirmedTracksAtEnd} (live {s.LiveTracksAtEnd})");
        if (s.MeanGospa is not null)
        {
            o.WriteLine(string.Create(Ci, $"truth targets: {s.TruthTargets}"));
            double? perTarget = s.TruthTargets > 0 ? s.MeanGospa / s.TruthTargets : null;
            o.WriteLine(string.Create(Ci, $"mean GOSPA (c={s.GospaC}, p={s.GospaP}, alpha={s.GospaAlpha}): {F(s.MeanGospa)} m ({F(perTarget)} m per truth target)"));
            string unit = s.GospaP == 1 ? "m" : $"m^{s.GospaP.ToString(Ci)}";
            o.WriteLine($"  localisation {F(s.MeanGospaLocalisation)}, missed {F(s.MeanGospaMissed)}, false {F(s.MeanGospaFalse)} ({unit}, p-th power parts)");
            o.WriteLine($"mean OSPA: {F(s.MeanOspa)} m");
            o.WriteLine($"track breaks: {s.TrackBreaks}, identity swaps: {s.IdentitySwaps}");
            o.WriteLine($"mean time to confirm: {F(s.MeanTimeToConfirmS, "0.00")} s");
        }
        o.WriteLine($"ms per scan: {F(s.MsPerScan, "0.0000")}");
        o.WriteLine($"covariance repairs: {s.CovarianceRepairs}, rejected updates: {s.RejectedUpdates}");
    }
}
