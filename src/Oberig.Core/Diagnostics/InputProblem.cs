namespace Oberig.Core.Diagnostics;

/// <summary>
/// One thing wrong with a user's input, located for a person: <c>FILE:LINE: field.path: what is wrong (what is allowed)</c>.
/// Line is 1-based; 0 when the problem concerns the whole file (missing, empty, binary).
/// </summary>
public sealed record InputProblem(string File, int Line, string FieldPath, string Message)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        return string.IsNullOrEmpty(FieldPath) ? $"{where}: {Message}" : $"{where}: {FieldPath}: {Message}";
    }
}

/// <summary>
/// Thrown at an input edge when input cannot be used; carries every problem found so the user sees them all at once.
/// The command line turns it into messages on stderr and exit code 2.
/// </summary>
public sealed class InputException : Exception
{
    public IReadOnlyList<InputProblem> Problems { get; }

    public InputException(IReadOnlyList<InputProblem> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    public InputException(InputProblem problem) : this([problem]) { }
}
