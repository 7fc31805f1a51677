using System.CommandLine;
using System.Globalization;
using Oberig.Core.Diagnostics;
using Oberig.Core.Geodesy;
using Oberig.Models.Sensors;
using Oberig.Scenario.Catalog;

namespace Oberig.Cli.Commands;

/// <summary>
/// `oberig radar snr|pd|range`: detection probability, required SNR and detection range from the shell. SNR is the
/// mean single-pulse SNR in dB; pulses are integrated noncoherently by a square-law detector (Albersheim: linear).
/// Numbers are printed round-trip exact so scripts can compare them with the library.
/// </summary>
public static class RadarCommand
{
    public static Command Build()
    {
        var command = new Command("radar", "Radar detection: required SNR, detection probability, detection range.");
        command.Subcommands.Add(Snr());
        command.Subcommands.Add(Pd());
        command.Subcommands.Add(Range());
        return command;
    }

    private static Command Snr()
    {
        var pd = Text("--pd", "detection probability, in (Pfa, 1)");
        var pfa = Text("--pfa", "false-alarm probability, in (0, 1)");
        var (pulses, swerling, method) = (PulsesOption(), SwerlingOption("0"), MethodOption());
        var command = new Command("snr", "Single-pulse SNR (dB) needed for a detection probability; prints one number.")
        {
            pd, pfa, pulses, swerling, method,
        };
        command.SetAction(parseResult =>
        {
            var input = new Inputs(parseResult);
            double f = input.Probability(pfa, null);
            double p = input.Probability(pd, null);
            var (n, sw, m) = (input.Pulses(pulses), input.Swerling(swerling, SwerlingCase.Swerling0), input.Method(method));
            input.CheckCombination(sw, m);
            input.CheckPdAbovePfa(p, f);
            input.ThrowIfAny();
            parseResult.InvocationConfiguration.Output.WriteLine(Format(DetectionProbability.RequiredSnrDb(p, f, n, sw, m)));
            return CliHost.Ok;
        });
        return command;
    }

    private static Command Pd()
    {
        var snr = Text("--snr", "mean single-pulse SNR, dB");
        var pfa = Text("--pfa", "false-alarm probability, in (0, 1)");
        var (pulses, swerling, method) = (PulsesOption(), SwerlingOption("0"), MethodOption());
        var command = new Command("pd", "Detection probability at a single-pulse SNR (dB); prints one number.")
        {
            snr, pfa, pulses, swerling, method,
        };
        command.SetAction(parseResult =>
        {
            var input = new Inputs(parseResult);
            double s = input.Number(snr);
            double f = input.Probability(pfa, null);
            var (n, sw, m) = (input.Pulses(pulses), input.Swerling(swerling, SwerlingCase.Swerling0), input.Method(method));
            input.CheckCombination(sw, m);
            input.ThrowIfAny();
            parseResult.InvocationConfiguration.Output.WriteLine(Format(DetectionProbability.Pd(s, f, n, sw, m)));
            return CliHost.Ok;
        });
        return command;
    }

    private static Command Range()
    {
        var radar = new Option<string>("--radar") { Description = "catalog sensor id, e.g. surveillance-radar-3d" };
        var threat = new Option<string>("--threat") { Description = "catalog threat id, e.g. kh-101" };
        var pd = Text("--pd", "detection probability per dwell (default 0.9)");
        var pfa = Text("--pfa", "false-alarm probability per cell (default 1e-6)");
        var swerling = SwerlingOption("1");
        var catalogOption = CatalogOption.Create();
        var command = new Command("range",
            "Detection range (km) of a catalog radar against a catalog threat's RCS, with the radar's pulses per dwell " +
            "integrated noncoherently (exact square-law detector), next to the radar horizon for the antenna height and " +
            "the threat's cruise altitude (4/3 Earth) and the instrumented range; says which one limits.")
        {
            radar, threat, pd, pfa, swerling, catalogOption,
        };
        command.SetAction(parseResult =>
        {
            var input = new Inputs(parseResult);
            double p = input.Probability(pd, 0.9), f = input.Probability(pfa, 1e-6);
            var sw = input.Swerling(swerling, SwerlingCase.Swerling1);
            string? radarId = input.Required(radar), threatId = input.Required(threat);
            input.CheckPdAbovePfa(p, f);
            input.ThrowIfAny();
            var (dir, catalog) = CatalogOption.Load(parseResult.GetValue(catalogOption), Environment.CurrentDirectory);
            if (!catalog.Sensors.TryGetValue(radarId!, out var sensor))
                input.Add("--radar", CatalogEntries.UnknownIdProblem(catalog, radarId!, "sensor type", catalog.Sensors.Keys));
            if (!catalog.Threats.TryGetValue(threatId!, out var target))
                input.Add("--threat", CatalogEntries.UnknownIdProblem(catalog, threatId!, "threat type", catalog.Threats.Keys));
            input.ThrowIfAny();
            Describe(parseResult.InvocationConfiguration.Output, sensor!, target!, p, f, sw);
            return CliHost.Ok;
        });
        return command;
    }

    private static void Describe(TextWriter output, SensorType sensor, ThreatType threat, double pd, double pfa, SwerlingCase sw)
    {
        var detector = new SquareLawDetector(pfa, sensor.PulsesPerDwell);
        double snrDb = DetectionProbability.ExactRequiredSnrDb(detector, pd, sw);
        double detectionM = RadarEquation.For(sensor).RangeForSnrDbM(threat.RcsM2, snrDb);
        double horizonM = RadarHorizon.HorizonRangeM(sensor.AntennaHeightM, threat.CruiseAltitudeM);
        double instrumentedM = sensor.InstrumentedRangeM;
        double firstM = Math.Min(detectionM, Math.Min(horizonM, instrumentedM));
        string limit = firstM == horizonM ? "limited by horizon"
            : firstM == instrumentedM ? "limited by instrumented range"
            : "limited by the radar equation";
        output.WriteLine($"{sensor.Id} against {threat.Id} (RCS {Format(threat.RcsM2)} m², Swerling {(int)sw}), Pd {Format(pd)}, " +
            $"Pfa {Format(pfa)}, {sensor.PulsesPerDwell} pulses integrated noncoherently (exact square-law detector)");
        output.WriteLine($"required single-pulse SNR: {snrDb.ToString("F2", CultureInfo.InvariantCulture)} dB");
        output.WriteLine($"detection range: {Km(detectionM)} km");
        output.WriteLine($"horizon range: {Km(horizonM)} km (antenna {Format(sensor.AntennaHeightM)} m, target " +
            $"{Format(threat.CruiseAltitudeM)} m, 4/3 Earth)");
        output.WriteLine($"instrumented range: {Km(instrumentedM)} km");
        output.WriteLine($"first detection at {Km(firstM)} km: {limit}");
    }

    private static string Km(double m) => (m / 1000).ToString("F3", CultureInfo.InvariantCulture);

    private static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static Option<string> Text(string name, string description) => new(name) { Description = description };

    private static Option<string> PulsesOption() => Text("--pulses", "pulses integrated noncoherently (default 1)");

    private static Option<string> SwerlingOption(string fallback) =>
        new("--swerling") { Description = $"Swerling case 0-4 (default {fallback})", HelpName = "0..4" };

    private static Option<string> MethodOption() =>
        new("--method") { Description = "albersheim (Swerling 0 only), shnidman or exact (default exact)", HelpName = "albersheim|shnidman|exact" };

    /// <summary>Reads the options as text and collects every problem, so a person sees them all at once (exit 2).</summary>
    private sealed class Inputs(ParseResult parseResult)
    {
        private const string Source = "<command line>";
        private readonly List<InputProblem> _problems = [];

        public void Add(string option, string message) => _problems.Add(new InputProblem(Source, 0, option, message));

        public void ThrowIfAny()
        {
            if (_problems.Count > 0) throw new InputException(_problems);
        }

        public string? Required(Option<string> option)
        {
            string? text = parseResult.GetValue(option);
            if (string.IsNullOrWhiteSpace(text)) Add(option.Name, "required");
            return text;
        }

        public double Number(Option<string> option)
        {
            string? text = parseResult.GetValue(option);
            if (text is null)
            {
                Add(option.Name, "required");
                return double.NaN;
            }
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            {
                Add(option.Name, $"'{text}' is not a finite number");
                return double.NaN;
            }
            return value;
        }

        /// <summary>A probability strictly between 0 and 1; <paramref name="fallback"/> when absent (null: required).</summary>
        public double Probability(Option<string> option, double? fallback)
        {
            if (parseResult.GetValue(option) is null && fallback is { } f) return f;
            double value = Number(option);
            if (double.IsNaN(value)) return value;
            if (!(value > 0 && value < 1))
            {
                Add(option.Name, $"{Format(value)} is not a probability strictly between 0 and 1");
                return double.NaN;
            }
            return value;
        }

        public int Pulses(Option<string> option)
        {
            string? text = parseResult.GetValue(option);
            if (text is null) return 1;
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) || n < 1)
            {
                Add(option.Name, $"'{text}' is not allowed (a whole number of pulses, at least 1)");
                return 1;
            }
            return n;
        }

        public SwerlingCase Swerling(Option<string> option, SwerlingCase fallback)
        {
            string? text = parseResult.GetValue(option);
            if (text is null) return fallback;
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int k) || k < 0 || k > 4)
            {
                Add(option.Name, $"'{text}' is not a Swerling case (allowed: 0, 1, 2, 3, 4)");
                return fallback;
            }
            return (SwerlingCase)k;
        }

        public DetectionMethod Method(Option<string> option)
        {
            string? text = parseResult.GetValue(option);
            if (text is null) return DetectionMethod.Exact;
            foreach (var m in Enum.GetValues<DetectionMethod>())
                if (text.Equals(m.ToString(), StringComparison.OrdinalIgnoreCase)) return m;
            Add(option.Name, $"'{text}' is not a method (allowed: albersheim, shnidman, exact)");
            return DetectionMethod.Exact;
        }

        public void CheckCombination(SwerlingCase swerling, DetectionMethod method)
        {
            if (method == DetectionMethod.Albersheim && swerling != SwerlingCase.Swerling0)
                Add("--method", $"albersheim is for a steady target only (Swerling 0), not Swerling {(int)swerling}; use shnidman or exact");
        }

        public void CheckPdAbovePfa(double pd, double pfa)
        {
            if (pd > 0 && pfa > 0 && pd <= pfa)
                Add("--pd", $"{Format(pd)} must exceed the false-alarm probability {Format(pfa)} (with no signal Pd equals Pfa)");
        }
    }
}
