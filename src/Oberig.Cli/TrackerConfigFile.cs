using System.Globalization;
using Oberig.Core.Diagnostics;
using Oberig.Core.Text;
using Oberig.Tracking;
using Oberig.Tracking.Associators;
using Oberig.Tracking.Deleters;
using Oberig.Tracking.Initiators;
using Oberig.Tracking.Options;
using Oberig.Tracking.Trackers;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Oberig.Cli;

/// <summary>
/// The TRACKER.yaml of `oberig track --config`: a flat mapping of the tracker's settings. Every field is optional;
/// unknown fields and bad values are reported all at once as FILE:LINE: field: message.
/// </summary>
public sealed record TrackerConfig
{
    public string Filter { get; init; } = FilterNames.Kalman;
    public double MotionQ { get; init; } = 1.0;
    public double? MotionSpeedScale { get; init; }
    public double MeasurementSigma { get; init; } = 1.0;
    public string Associator { get; init; } = AssociatorNames.Gnn;
    public double GateProbability { get; init; } = 0.9999;
    public int ConfirmM { get; init; } = InitiatorOptions.Default.ConfirmHits;
    public int ConfirmN { get; init; } = InitiatorOptions.Default.ConfirmWindow;
    public int DeletionMisses { get; init; } = DeleterOptions.Default.ConfirmedMisses;
    public double MaxPositionVariance { get; init; } = DeleterOptions.Default.MaxPositionVarianceM2;
    public double Pd { get; init; } = AssociationOptions.Default.DetectionProbability;
    public double ClutterDensity { get; init; } = AssociationOptions.Default.ClutterDensity;
    public double MaxSpeed { get; init; } = InitiatorOptions.Default.MaxSpeedMps;
    public string Confirmation { get; init; } = InitiatorOptions.Default.Confirmation;
    public double FalseTrackProbability { get; init; } = InitiatorOptions.Default.FalseTrackProbability;
    public double MissedTrackProbability { get; init; } = InitiatorOptions.Default.MissedTrackProbability;
    public double? ScoreDrop { get; init; } = DeleterOptions.Default.ScoreDrop;

    /// <summary>Field names and what each sets (for errors and --help).</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["filter"] = "kalman | extended | unscented | imm (default kalman; imm is 3-D)",
        ["motion_q"] = "constant-velocity acceleration noise density, m²/s³ (default 1)",
        ["motion_speed_scale"] = "speed s, m/s, at which q doubles: q (1 + (v/s)²) for fast targets (default off)",
        ["measurement_sigma"] = "detection position noise per axis, m (default 1)",
        ["associator"] = "gnn | jpda (default gnn)",
        ["gate_probability"] = "Mahalanobis gate probability (default 0.9999)",
        ["confirm_m"] = "M of M-of-N confirmation (default 2)",
        ["confirm_n"] = "N of M-of-N confirmation (default 3)",
        ["confirmation"] = "m-of-n | score (Wald's sequential test on the track score) (default m-of-n)",
        ["false_track_probability"] = "score confirmation: accepted probability of confirming false alarms (default 1e-6)",
        ["missed_track_probability"] = "score confirmation: accepted probability of dropping a real target (default 0.01)",
        ["deletion_misses"] = "consecutive misses that delete a confirmed track, 0 for off (default 5)",
        ["score_drop"] = "fall of the track score below its peak that deletes a confirmed track (default off)",
        ["max_position_variance"] = "position variance trace that deletes a track, m² (default 1e6)",
        ["pd"] = "detection probability (default 0.9)",
        ["clutter_density"] = "false detections per m² (per m³ in 3-D) per scan (default 1e-6)",
        ["max_speed"] = "fastest expected target, m/s: a new track's velocity spread (default 50)",
    };

    /// <summary>Tracker options for detections with <paramref name="axes"/> coordinates.</summary>
    public TrackerOptions ToOptions(int axes) => new(
        Filter: new FilterOptions(Filter, Filter == FilterNames.Imm ? 3 : axes, new MotionModelOptions(MotionModelOptions.ConstantVelocity, MotionQ, SpeedScaleMps: MotionSpeedScale)),
        Associator: Associator,
        GateProbability: GateProbability,
        Association: new AssociationOptions(Pd, ClutterDensity),
        Initiator: new InitiatorOptions(ConfirmM, ConfirmN, MaxSpeed, Confirmation: Confirmation,
            FalseTrackProbability: FalseTrackProbability, MissedTrackProbability: MissedTrackProbability),
        Deleter: new DeleterOptions(DeletionMisses, MaxPositionVariance, ScoreDrop));
}

/// <summary>Reads TRACKER.yaml with YamlDotNet's representation model, which keeps every node's line.</summary>
public static class TrackerConfigFile
{
    /// <exception cref="InputException">Every problem in the file.</exception>
    public static TrackerConfig Load(string path)
    {
        var problems = new List<InputProblem>();
        if (!File.Exists(path)) throw new InputException(new InputProblem(path, 0, "", "file not found"));
        var stream = new YamlStream();
        try { stream.Load(new StringReader(File.ReadAllText(path))); }
        catch (YamlException ex) { throw new InputException(new InputProblem(path, (int)Math.Max(1, ex.Start.Line), "", $"YAML syntax error: {ex.Message}")); }
        if (stream.Documents.Count == 0) return new TrackerConfig();
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new InputException(new InputProblem(path, (int)stream.Documents[0].RootNode.Start.Line, "", "expected a mapping of tracker settings (field: value)"));

        var config = new TrackerConfig();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? "";
            int line = (int)keyNode.Start.Line;
            if (!TrackerConfig.Fields.ContainsKey(key))
            {
                problems.Add(new InputProblem(path, line, key,
                    $"unknown field{DidYouMean.Hint(key, TrackerConfig.Fields.Keys)} (allowed: {string.Join(", ", TrackerConfig.Fields.Keys)})"));
                continue;
            }
            lines[key] = line;
            if (valueNode is not YamlScalarNode { Value: { } text })
            {
                problems.Add(new InputProblem(path, line, key, "expected a single value"));
                continue;
            }
            config = key switch
            {
                "filter" => config with { Filter = Name(text, FilterNames.All) },
                "associator" => config with { Associator = Name(text, AssociatorNames.All) },
                "motion_q" => config with { MotionQ = Number(text, min: 0, open: false) },
                "motion_speed_scale" => config with { MotionSpeedScale = Number(text, min: 0, open: true) },
                "measurement_sigma" => config with { MeasurementSigma = Number(text, min: 0, open: true) },
                "gate_probability" => config with { GateProbability = Number(text, min: 0, open: true, max: 1) },
                "confirm_m" => config with { ConfirmM = Integer(text) },
                "confirm_n" => config with { ConfirmN = Integer(text) },
                "deletion_misses" => config with { DeletionMisses = Integer(text, min: 0) },
                "confirmation" => config with { Confirmation = Name(text, InitiatorNames.All) },
                "false_track_probability" => config with { FalseTrackProbability = Number(text, min: 0, open: true, max: 0.5) },
                "missed_track_probability" => config with { MissedTrackProbability = Number(text, min: 0, open: true, max: 0.5) },
                "score_drop" => config with { ScoreDrop = Number(text, min: 0, open: true) },
                "max_position_variance" => config with { MaxPositionVariance = Number(text, min: 0, open: true) },
                "pd" => config with { Pd = Number(text, min: 0, open: true, max: 1, maxIncluded: true) },
                "clutter_density" => config with { ClutterDensity = Number(text, min: 0, open: true) },
                "max_speed" => config with { MaxSpeed = Number(text, min: 0, open: true) },
                _ => config,
            };

            double Number(string s, double min, bool open, double max = double.PositiveInfinity, bool maxIncluded = false)
            {
                if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
                {
                    problems.Add(new InputProblem(path, line, key, $"'{s}' is not a finite number"));
                    return double.NaN;
                }
                bool low = open ? v <= min : v < min;
                bool high = maxIncluded ? v > max : v >= max;
                if (low || high)
                {
                    string allowed = (open ? $"more than {min}" : $"at least {min}") + (double.IsPositiveInfinity(max) ? "" : maxIncluded ? $", at most {max}" : $", less than {max}");
                    problems.Add(new InputProblem(path, line, key, $"{s} is not allowed ({allowed})"));
                }
                return v;
            }

            string Name(string s, IReadOnlyList<string> allowed)
            {
                if (!allowed.Contains(s))
                    problems.Add(new InputProblem(path, line, key, $"'{s}' is unknown{DidYouMean.Hint(s, allowed)} (allowed: {string.Join(", ", allowed)})"));
                return s;
            }

            int Integer(string s, int min = 1)
            {
                if (!int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v))
                {
                    problems.Add(new InputProblem(path, line, key, $"'{s}' is not a whole number"));
                    return 0;
                }
                if (v < min) problems.Add(new InputProblem(path, line, key, $"{v} is not allowed (at least {min})"));
                return v;
            }
        }
        if (problems.Count > 0) throw new InputException(problems);

        // Rules across fields (names, M <= N, jpda with imm): the options' own checks, placed on the field's line.
        foreach (var message in config.ToOptions(2).Problems())
        {
            string field = lines.Keys.FirstOrDefault(k => message.StartsWith(k + ":", StringComparison.Ordinal))
                ?? lines.Keys.FirstOrDefault(k => message.Contains($"'{Value(config, k)}'", StringComparison.Ordinal)) ?? "";
            string text = field.Length > 0 && message.StartsWith(field + ":", StringComparison.Ordinal) ? message[(field.Length + 1)..].Trim() : message;
            problems.Add(new InputProblem(path, field.Length > 0 ? lines[field] : 0, field, text));
        }
        if (problems.Count > 0) throw new InputException(problems);
        return config;
    }

    private static string Value(TrackerConfig c, string key) => key switch
    {
        "filter" => c.Filter,
        "associator" => c.Associator,
        "confirmation" => c.Confirmation,
        _ => "\u0000",
    };
}
