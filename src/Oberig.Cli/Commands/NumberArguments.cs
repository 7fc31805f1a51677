using System.CommandLine;
using System.Globalization;
using Oberig.Core.Diagnostics;

namespace Oberig.Cli.Commands;

/// <summary>
/// Reads numeric positional arguments as text and checks them ourselves, so that every bad value (not a number,
/// NaN, out of range) is reported at once as an <see cref="InputProblem"/> naming the argument, and exits with 2.
/// </summary>
internal sealed class NumberArguments(ParseResult parseResult)
{
    public const string Source = "<command line>";
    private readonly List<InputProblem> _problems = [];

    public double Number(Argument<string> arg) => Read(arg.Name, parseResult.GetValue(arg));

    public double Latitude(Argument<string> arg) => InRange(arg.Name, Number(arg), -90, 90, "latitude");

    public double AtLeast(Argument<string> arg, double min, string what) =>
        InRange(arg.Name, Number(arg), min, double.PositiveInfinity, what);

    /// <summary>An optional positive number; <paramref name="fallback"/> when the option is absent.</summary>
    public double PositiveOption(Option<string> option, double fallback, string what)
    {
        if (parseResult.GetValue(option) is not { } text) return fallback;
        double value = Read(option.Name, text);
        if (value <= 0)
            _problems.Add(new InputProblem(Source, 0, option.Name, $"{what} {Format(value)} is out of range (allowed > 0)"));
        return value;
    }

    /// <summary>Throws one exception carrying every problem found so far.</summary>
    public void ThrowIfAny()
    {
        if (_problems.Count > 0) throw new InputException(_problems);
    }

    private double Read(string name, string? text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            _problems.Add(new InputProblem(Source, 0, name, $"'{text}' is not a number"));
            return double.NaN;
        }
        if (!double.IsFinite(value))
        {
            _problems.Add(new InputProblem(Source, 0, name, $"{text} is not a finite number"));
            return double.NaN;
        }
        return value;
    }

    private double InRange(string name, double value, double min, double max, string what)
    {
        if (double.IsNaN(value)) return value; // already reported
        if (value < min || value > max)
        {
            string allowed = double.IsPositiveInfinity(max) ? $"at least {Format(min)}" : $"{Format(min)}..{Format(max)}";
            _problems.Add(new InputProblem(Source, 0, name, $"{what} {Format(value)} is out of range (allowed {allowed})"));
        }
        return value;
    }

    public static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    public static Argument<string> Arg(string name, string description) => new(name) { Description = description };
}
