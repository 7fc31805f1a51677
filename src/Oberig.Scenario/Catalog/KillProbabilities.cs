namespace Oberig.Scenario.Catalog;

/// <summary>
/// A probability in [0, 1] per threat class, as the catalog's <c>single_shot_pk</c> gives it; null where the catalog
/// gives none (the interceptor is not meant for that class). Each value has a source <c>single_shot_pk.&lt;class&gt;</c>.
/// </summary>
public sealed record KillProbabilities
{
    public double? Drone { get; init; }
    /// <summary>Cruise missiles.</summary>
    public double? Cruise { get; init; }
    /// <summary>Ballistic missiles.</summary>
    public double? Ballistic { get; init; }
    /// <summary>Crewed aircraft.</summary>
    public double? Aircraft { get; init; }
}
