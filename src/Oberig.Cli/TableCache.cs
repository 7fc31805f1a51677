namespace Oberig.Cli;

/// <summary>
/// Where the command line keeps the kill-probability cells it flies, so a second run of a scenario does not fly them
/// again: <c>OBERIG_CACHE</c> when set (<c>off</c> turns the cache off), else <c>$XDG_CACHE_HOME/oberig</c>, else
/// <c>~/.cache/oberig</c>. Files are named by a fingerprint of the catalog entry, the options and the model's build,
/// so an edited catalog or a new Oberig never reads a stale cell; deleting the folder is always safe.
/// </summary>
public static class TableCache
{
    public const string Variable = "OBERIG_CACHE";

    public static string? Directory()
    {
        var set = Environment.GetEnvironmentVariable(Variable);
        if (string.Equals(set, "off", StringComparison.OrdinalIgnoreCase)) return null;
        if (!string.IsNullOrWhiteSpace(set)) return Path.Combine(set, "tables");
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return string.IsNullOrWhiteSpace(root) ? null : Path.Combine(root, "oberig", "tables");
    }
}
