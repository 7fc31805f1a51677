namespace Oberig.Tracking.Classification;

/// <summary>
/// The kinematics typical of one <see cref="TrackClass"/>: a band for each scalar feature and a two-component model of
/// horizontal acceleration. All defaults are <b>notional</b>: round figures typical of each class in open reporting
/// (catalog/threats.yaml for the threats), not data about any particular weapon.
/// </summary>
/// <param name="GroundSpeed">Horizontal speed, m/s.</param>
/// <param name="Height">Height above the ground of the tracking frame, m.</param>
/// <param name="VerticalSpeed">Vertical speed (up positive), m/s.</param>
/// <param name="ManoeuvreProbability">Share of the time the class spends manoeuvring, in [0, 1].</param>
/// <param name="ManoeuvreAcceleration">Standard deviation per horizontal axis of its acceleration while manoeuvring,
/// m/s² (the magnitude is then Rayleigh distributed).</param>
public sealed record ClassKinematics(
    FeatureBand GroundSpeed,
    FeatureBand Height,
    FeatureBand VerticalSpeed,
    double ManoeuvreProbability,
    double ManoeuvreAcceleration)
{
    /// <summary>
    /// One-way attack and decoy drones (Shahed-136 / Gerbera class: cruise 45-60 m/s at ~1 km, catalog/threats.yaml).
    /// Ground speed 30-70 m/s, edge 20 (wind of up to ~20 m/s adds to or takes from the airspeed; faster variants).
    /// Height 50-4,000 m, edge 300 (reported heights from a few hundred metres to ~2 km, record ~4.9 km). Vertical
    /// speed ±5 m/s (climb a few m/s), edge 15 so the terminal dive (tens of m/s) is unlikely but not impossible.
    /// Manoeuvring 20 % of the time at σ 3 m/s² (waypoint turns of ~6 deg/s at 50 m/s are ~5 m/s²).
    /// </summary>
    public static readonly ClassKinematics Drone = new(
        new FeatureBand(30, 70, 20), new FeatureBand(50, 4_000, 300), new FeatureBand(-5, 5, 15), 0.2, 3);

    /// <summary>
    /// Subsonic cruise missiles (Kh-101 / Kalibr class: 200-250 m/s at 30-70 m, catalog/threats.yaml). Ground speed
    /// 180-280 m/s, edge 30. Height 20-200 m, edge 150 (terrain following, pop-ups). Vertical speed ±15 m/s, edge 15
    /// (terrain-following climbs of a few tens of m/s). Manoeuvring 20 % of the time at σ 8 m/s² (~2 g turns).
    /// </summary>
    public static readonly ClassKinematics CruiseMissile = new(
        new FeatureBand(180, 280, 30), new FeatureBand(20, 200, 150), new FeatureBand(-15, 15, 15), 0.2, 8);

    /// <summary>
    /// Short-range ballistic and quasi-ballistic missiles (Iskander-M class: burnout ~2,100 m/s, apogee ~50 km,
    /// terminal ~1,400 m/s, catalog/threats.yaml). Ground speed 700-3,000 m/s, edge 250. Height 5-150 km, edge 5 km (the
    /// last seconds of the terminal dive are lower). Vertical speed −2,500 to +1,500 m/s, edge 200: anything from the
    /// climb after burnout through apogee to the steep dive. Manoeuvring half the time at σ 60 m/s² (drag in the
    /// atmosphere, terminal manoeuvres of up to ~20 g).
    /// </summary>
    public static readonly ClassKinematics BallisticMissile = new(
        new FeatureBand(700, 3_000, 250), new FeatureBand(5_000, 150_000, 5_000), new FeatureBand(-2_500, 1_500, 200), 0.5, 60);

    /// <summary>
    /// Crewed aircraft (fighters, bombers, transports). Ground speed 100-300 m/s, edge 50 (supersonic dashes are rarer).
    /// Height 1-12 km, edge 500. Vertical speed ±60 m/s, edge 40. Manoeuvring half the time at σ 25 m/s² (turns of
    /// several g).
    /// </summary>
    public static readonly ClassKinematics Aircraft = new(
        new FeatureBand(100, 300, 50), new FeatureBand(1_000, 12_000, 500), new FeatureBand(-60, 60, 40), 0.5, 25);

    internal IEnumerable<string> Problems(string name)
    {
        foreach (var p in GroundSpeed.Problems($"{name}.ground_speed")) yield return p;
        foreach (var p in Height.Problems($"{name}.height")) yield return p;
        foreach (var p in VerticalSpeed.Problems($"{name}.vertical_speed")) yield return p;
        if (!(ManoeuvreProbability >= 0 && ManoeuvreProbability <= 1))
            yield return $"{name}.manoeuvre_probability must be in [0, 1], got {ManoeuvreProbability}";
        if (!(ManoeuvreAcceleration >= 0) || !double.IsFinite(ManoeuvreAcceleration))
            yield return $"{name}.manoeuvre_acceleration must be finite and >= 0, got {ManoeuvreAcceleration}";
    }
}

/// <summary>
/// Options of the kinematic <see cref="TrackClassifier"/>, every default documented and notional. Validate once at the
/// edge with <see cref="Problems"/>; the classifier refuses invalid options when built and trusts them afterwards.
/// </summary>
/// <param name="Drone">Kinematics of drones; null for <see cref="ClassKinematics.Drone"/>.</param>
/// <param name="CruiseMissile">Kinematics of cruise missiles; null for <see cref="ClassKinematics.CruiseMissile"/>.</param>
/// <param name="BallisticMissile">Kinematics of ballistic missiles; null for <see cref="ClassKinematics.BallisticMissile"/>.</param>
/// <param name="Aircraft">Kinematics of aircraft; null for <see cref="ClassKinematics.Aircraft"/>.</param>
/// <param name="Prior">Class probabilities of a new track, in <see cref="TrackClass"/> order, each &gt; 0, summing to 1;
/// null for equal (0.25 each: no preference). A scenario should set the raid mix it expects.</param>
/// <param name="EvidenceWeight">Exponent w in (0, 1] on each update's likelihood. Successive track estimates share most of
/// their information (each is the previous one plus one measurement), so a scan is not an independent look; default
/// 0.5.</param>
/// <param name="Forgetting">Forgetting λ in [0, 1): before each update the log-posterior is pulled toward the log-prior,
/// log p ← (1 − λ) log p + λ log π (exponential forgetting of old evidence; a Markov "the class may have been wrong"
/// step). A persistent per-update log-likelihood ratio Δ then settles at log-odds w·Δ/λ (memory of w/λ = 2 looks with
/// the defaults), so weak evidence stays weak instead of compounding to certainty, and a misclassified track recovers
/// in a few updates. Default 0.25.</param>
/// <param name="StraightFlightAcceleration">σ per horizontal axis of the acceleration of every class when not
/// manoeuvring (gusts, autopilot corrections), m/s². Default 0.5.</param>
/// <param name="MaxAccelerationInterval">Longest gap between two updates, s, over which the velocity difference is still
/// read as an acceleration. Default 20.</param>
/// <param name="MaxLogOdds">Bound on any class's log-odds against the most probable one (after each update and on each
/// update's likelihood), so no class is ever ruled out beyond recovery and no arithmetic overflows. Default 40
/// (a probability ratio of about 4e-18).</param>
public sealed record ClassifierOptions(
    ClassKinematics? Drone = null,
    ClassKinematics? CruiseMissile = null,
    ClassKinematics? BallisticMissile = null,
    ClassKinematics? Aircraft = null,
    IReadOnlyList<double>? Prior = null,
    double EvidenceWeight = 0.5,
    double Forgetting = 0.25,
    double StraightFlightAcceleration = 0.5,
    double MaxAccelerationInterval = 20,
    double MaxLogOdds = 40)
{
    public static readonly ClassifierOptions Default = new();

    /// <summary>The kinematics of <paramref name="trackClass"/>, the default where none is given.</summary>
    public ClassKinematics KinematicsOf(TrackClass trackClass) => trackClass switch
    {
        TrackClass.Drone => Drone ?? ClassKinematics.Drone,
        TrackClass.CruiseMissile => CruiseMissile ?? ClassKinematics.CruiseMissile,
        TrackClass.BallisticMissile => BallisticMissile ?? ClassKinematics.BallisticMissile,
        TrackClass.Aircraft => Aircraft ?? ClassKinematics.Aircraft,
        _ => throw new ArgumentOutOfRangeException(nameof(trackClass), trackClass, "unknown track class"),
    };

    /// <summary>The prior, equal where none is given.</summary>
    public double[] PriorOrDefault() =>
        Prior is not null ? [.. Prior] : Enumerable.Repeat(1.0 / ClassProbabilities.Count, ClassProbabilities.Count).ToArray();

    /// <summary>Every problem with these options, as text (empty when valid).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (TrackClass c in Enum.GetValues<TrackClass>()) problems.AddRange(KinematicsOf(c).Problems(SnakeCase(c)));
        var prior = PriorOrDefault();
        if (prior.Length != ClassProbabilities.Count || prior.Any(p => !(p > 0) || !double.IsFinite(p)) || Math.Abs(prior.Sum() - 1) > 1e-9)
            problems.Add($"prior needs {ClassProbabilities.Count} values > 0 summing to 1 (drone, cruise_missile, ballistic_missile, aircraft)");
        if (!(EvidenceWeight > 0 && EvidenceWeight <= 1)) problems.Add($"evidence_weight must be in (0, 1], got {EvidenceWeight}");
        if (!(Forgetting >= 0 && Forgetting < 1)) problems.Add($"forgetting must be in [0, 1), got {Forgetting}");
        if (!(StraightFlightAcceleration > 0) || !double.IsFinite(StraightFlightAcceleration))
            problems.Add($"straight_flight_acceleration must be finite and > 0, got {StraightFlightAcceleration}");
        if (!(MaxAccelerationInterval > 0)) problems.Add($"max_acceleration_interval must be > 0, got {MaxAccelerationInterval}");
        if (!(MaxLogOdds > 0) || !double.IsFinite(MaxLogOdds) || MaxLogOdds > 700)
            problems.Add($"max_log_odds must be in (0, 700], got {MaxLogOdds}");
        return problems;
    }

    private static string SnakeCase(TrackClass c) => c switch
    {
        TrackClass.CruiseMissile => "cruise_missile",
        TrackClass.BallisticMissile => "ballistic_missile",
        _ => c.ToString().ToLowerInvariant(),
    };
}
