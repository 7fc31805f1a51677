using System.CommandLine;
using Oberig.Core.Diagnostics;

namespace Oberig.Cli;

/// <summary>
/// Exit codes and error presentation for every command: 0 success, 2 bad input (usage errors, invalid files,
/// <see cref="InputException"/>), 1 an internal fault. People never see a stack trace for their own mistakes.
/// </summary>
public static class CliHost
{
    public const int Ok = 0;
    public const int InternalError = 1;
    public const int BadInput = 2;

    public static int Invoke(RootCommand root, string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        if (stdout is not null) config.Output = stdout;
        if (stderr is not null) config.Error = stderr;
        var err = stderr ?? Console.Error;
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var e in parsed.Errors) err.WriteLine($"oberig: {e.Message}");
            err.WriteLine("Try 'oberig --help'.");
            return BadInput;
        }
        try
        {
            return parsed.Invoke(config);
        }
        catch (Exception ex) when (InputProblemsOf(ex) is { Count: > 0 } problems)
        {
            foreach (var p in problems) err.WriteLine(p.ToString());
            return BadInput;
        }
        catch (Exception ex)
        {
            err.WriteLine($"oberig: internal error: {ex.GetType().Name}: {ex.Message}");
            err.WriteLine("This is a defect in Oberig; please report it with the command and input that caused it.");
            return InternalError;
        }
    }

    /// <summary>The input problems an exception carries, also when parallel replications wrapped them.</summary>
    private static List<InputProblem> InputProblemsOf(Exception ex) => ex switch
    {
        InputException input => [.. input.Problems],
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.OfType<InputException>()
            .SelectMany(e => e.Problems).Distinct().ToList(),
        _ => [],
    };
}
