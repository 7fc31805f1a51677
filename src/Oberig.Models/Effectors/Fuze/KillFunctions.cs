namespace Oberig.Models.Effectors.Fuze;

/// <summary>Builds the kill function a catalog names (<c>cookie-cutter</c> or <c>carleton</c>).</summary>
public static class KillFunctions
{
    /// <summary>The names the catalog accepts.</summary>
    public static readonly IReadOnlyList<string> Names = ["cookie-cutter", "carleton"];

    /// <exception cref="ArgumentException">An unknown name; the message lists the known ones.</exception>
    public static IKillFunction Create(string name, double lethalRadiusM, double peakPk = 1) => name switch
    {
        "cookie-cutter" => new CookieCutterKill(lethalRadiusM, peakPk),
        "carleton" => new CarletonKill(lethalRadiusM, peakPk),
        _ => throw new ArgumentException($"unknown kill function '{name}'; known: {string.Join(", ", Names)}", nameof(name)),
    };
}
