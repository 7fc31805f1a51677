using System.CommandLine;
using Oberig.Cli.Commands;

namespace Oberig.Cli.Tests;

/// <summary>Runs the commands under test in a root of their own, capturing what a person would see.</summary>
internal static class Cli
{
    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static string Catalog => Fixture("catalog");

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand("test");
        root.Subcommands.Add(ValidateCommand.Build());
        root.Subcommands.Add(CatalogCommand.Build());
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        int exit = CliHost.Invoke(root, args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A copy of the fixture catalog with interceptors.yaml's text changed by <paramref name="edit"/>.</summary>
    public static string CatalogWithInterceptors(Func<string, string> edit) => CatalogWith("interceptors.yaml", edit);

    /// <summary>A copy of the fixture catalog with one file's text changed by <paramref name="edit"/>.</summary>
    public static string CatalogWith(string file, Func<string, string> edit)
    {
        var catalog = Path.GetDirectoryName(Write(""))!;
        foreach (var f in Directory.GetFiles(Catalog, "*.yaml"))
        {
            var text = File.ReadAllText(f);
            File.WriteAllText(Path.Combine(catalog, Path.GetFileName(f)), Path.GetFileName(f) == file ? edit(text) : text);
        }
        return catalog;
    }

    public static string Write(string text)
    {
        var dir = Path.Combine(Path.GetTempPath(), "oberig-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "s.yaml");
        File.WriteAllText(path, text);
        return path;
    }
}
