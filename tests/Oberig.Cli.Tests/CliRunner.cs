namespace Oberig.Cli.Tests;

/// <summary>Runs the `oberig` command in-process and captures what a person would see.</summary>
internal static class CliRunner
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliHost.Invoke(OberigCommand.Create(), args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static string Example(string relative) => Path.Combine(RepositoryRoot, "examples", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Oberig.slnx"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Oberig.slnx) not found above " + AppContext.BaseDirectory);
    }
}
