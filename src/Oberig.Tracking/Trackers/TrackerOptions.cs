using Oberig.Tracking.Associators;
using Oberig.Tracking.Deleters;
using Oberig.Tracking.Initiators;
using Oberig.Tracking.Options;

namespace Oberig.Tracking.Trackers;

/// <summary>
/// A multi-target tracker chosen by names, every default documented. Validate once at the edge with
/// <see cref="Problems"/>; <see cref="Tracker.Create"/> trusts what it is given afterwards.
/// </summary>
/// <param name="Filter">Track filter by <see cref="FilterRegistry"/> name. Default: Kalman, 2 axes, constant velocity
/// with q = 1 m²/s³ (set the axes to those of the measurements).</param>
/// <param name="Associator">"gnn" (global nearest neighbour, default) or "jpda".</param>
/// <param name="GateProbability">Probability Pg that a target's measurement falls in its Mahalanobis gate, in (0, 1).
/// Default 0.9999 (a 4.3-sigma ellipse in 2-D).</param>
/// <param name="Association">Pd (default 0.9) and clutter density λ (default 1e-6 per unit measurement volume).</param>
/// <param name="Initiator">M-of-N (default 2 of 3), max speed of a new track (default 50 m/s).</param>
/// <param name="Deleter">Confirmed-track misses (default 5) and position variance limit (default 1e6 m²).</param>
/// <param name="Jpda">JPDA's exact-enumeration limits (default 8 tracks, 20,000 events per cluster).</param>
public sealed record TrackerOptions(
    FilterOptions? Filter = null,
    string Associator = AssociatorNames.Gnn,
    double GateProbability = 0.9999,
    AssociationOptions? Association = null,
    InitiatorOptions? Initiator = null,
    DeleterOptions? Deleter = null,
    JpdaOptions? Jpda = null)
{
    public static readonly TrackerOptions Default = new();

    public static readonly FilterOptions DefaultFilter = new(FilterNames.Kalman, Axes: 2);

    public FilterOptions FilterOrDefault => Filter ?? DefaultFilter;
    public AssociationOptions AssociationOrDefault => Association ?? AssociationOptions.Default;
    public InitiatorOptions InitiatorOrDefault => Initiator ?? InitiatorOptions.Default;
    public DeleterOptions DeleterOrDefault => Deleter ?? DeleterOptions.Default;
    public JpdaOptions JpdaOrDefault => Jpda ?? JpdaOptions.Default;

    /// <summary>Everything wrong with the options, as messages for a person; empty when usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>(FilterRegistry.Problems(FilterOrDefault));
        if (!AssociatorNames.All.Contains(Associator))
            problems.Add($"associator: '{Associator}' is unknown (allowed: {string.Join(", ", AssociatorNames.All)})");
        if (Associator == AssociatorNames.Jpda && FilterOrDefault.Name == FilterNames.Imm)
            problems.Add("associator: 'jpda' needs a single-model filter (kalman, extended, unscented); use 'gnn' with 'imm'");
        if (!(GateProbability > 0 && GateProbability < 1)) problems.Add($"gate_probability: {GateProbability} is not allowed (more than 0, less than 1)");
        problems.AddRange(AssociationOrDefault.Problems());
        problems.AddRange(InitiatorOrDefault.Problems());
        problems.AddRange(DeleterOrDefault.Problems());
        problems.AddRange(JpdaOrDefault.Problems());
        return problems;
    }
}
