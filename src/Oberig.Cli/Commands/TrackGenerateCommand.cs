using System.CommandLine;
using System.Globalization;
using Oberig.Core.Diagnostics;
using Oberig.Tracking.Recorded;
using Oberig.Tracking.Simulation;

namespace Oberig.Cli.Commands;

/// <summary>
/// <c>oberig track generate</c>: writes the standard tracking benchmark's detections.csv and truth.csv, so Oberig and
/// other trackers (Stone Soup reads the same shape) can be compared on identical data.
/// </summary>
public static class TrackGenerateCommand
{
    public static Command Build()
    {
        var d = new ConstantVelocityScenarioOptions();
        var targets = new Option<int>("--targets") { Description = "Number of targets.", DefaultValueFactory = _ => d.Targets };
        var scans = new Option<int>("--scans") { Description = "Number of scans.", DefaultValueFactory = _ => d.Scans };
        var pd = new Option<double>("--pd") { Description = "Detection probability.", DefaultValueFactory = _ => d.DetectionProbability };
        var clutter = new Option<double>("--clutter") { Description = "Mean clutter detections per scan over the whole area.", DefaultValueFactory = _ => d.ClutterPerScan };
        var q = new Option<double>("--q") { Description = "Process noise spectral density, m²/s³.", DefaultValueFactory = _ => d.ProcessNoise };
        var noise = new Option<double>("--noise") { Description = "Measurement noise standard deviation per axis, m.", DefaultValueFactory = _ => d.MeasurementSigmaM };
        var seed = new Option<ulong>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => d.Seed };
        var output = new Option<string>("--out", "-o") { Description = "Folder for detections.csv and truth.csv.", Required = true };
        var command = new Command("generate", "Write benchmark data: 2-D constant-velocity targets, Pd, Poisson clutter, 1 s scans.")
        {
            targets, scans, pd, clutter, q, noise, seed, output,
        };
        command.SetAction(parse =>
        {
            var options = new ConstantVelocityScenarioOptions
            {
                Targets = parse.GetValue(targets), Scans = parse.GetValue(scans), DetectionProbability = parse.GetValue(pd),
                ClutterPerScan = parse.GetValue(clutter), ProcessNoise = parse.GetValue(q), MeasurementSigmaM = parse.GetValue(noise),
                Seed = parse.GetValue(seed),
            };
            var problems = options.Problems().Select(p => new InputProblem("<command line>", 0, "--" + p.Option, p.Message)).ToList();
            if (problems.Count > 0) throw new InputException(problems);
            string folder = parse.GetValue(output)!;
            Directory.CreateDirectory(folder);
            var (truth, detections) = ConstantVelocityScenario.Generate(options);
            RecordedCsvWriter.WriteDetections(Path.Combine(folder, "detections.csv"), detections);
            RecordedCsvWriter.WriteTruth(Path.Combine(folder, "truth.csv"), truth);
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{folder}: {detections.Count} detections and {truth.Count} truth points, {options.Targets} targets x {options.Scans} scans over a {options.SideM / 1000:0.##} km square"));
            return CliHost.Ok;
        });
        return command;
    }
}
