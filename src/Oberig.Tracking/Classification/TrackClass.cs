namespace Oberig.Tracking.Classification;

/// <summary>What a track is, judged from its kinematics alone (no RCS, no IFF, no emissions).</summary>
public enum TrackClass
{
    /// <summary>One-way attack or decoy drone: slow (tens of m/s), low to medium height, gentle manoeuvres.</summary>
    Drone,

    /// <summary>Subsonic cruise missile: 180-280 m/s, very low (tens to a couple of hundred metres).</summary>
    CruiseMissile,

    /// <summary>Ballistic or quasi-ballistic missile: hypersonic, high, steep vertical speeds.</summary>
    BallisticMissile,

    /// <summary>Crewed aircraft: 100-300 m/s at 1-12 km, manoeuvring.</summary>
    Aircraft,
}

/// <summary>A probability per <see cref="TrackClass"/>; a value (no allocation), indexed by class.</summary>
public readonly record struct ClassProbabilities(double Drone, double CruiseMissile, double BallisticMissile, double Aircraft)
{
    /// <summary>Number of classes, the length of every per-class span in this namespace.</summary>
    public const int Count = 4;

    /// <summary>The probability of <paramref name="trackClass"/>.</summary>
    public double this[TrackClass trackClass] => trackClass switch
    {
        TrackClass.Drone => Drone,
        TrackClass.CruiseMissile => CruiseMissile,
        TrackClass.BallisticMissile => BallisticMissile,
        TrackClass.Aircraft => Aircraft,
        _ => throw new ArgumentOutOfRangeException(nameof(trackClass), trackClass, "unknown track class"),
    };

    /// <summary>From <see cref="Count"/> values in <see cref="TrackClass"/> order.</summary>
    public static ClassProbabilities FromSpan(ReadOnlySpan<double> values)
    {
        if (values.Length != Count) throw new ArgumentException($"needs {Count} values, got {values.Length}", nameof(values));
        return new(values[0], values[1], values[2], values[3]);
    }

    /// <summary>Writes the <see cref="Count"/> values in <see cref="TrackClass"/> order.</summary>
    public void CopyTo(Span<double> destination)
    {
        if (destination.Length < Count) throw new ArgumentException($"needs room for {Count} values", nameof(destination));
        destination[0] = Drone;
        destination[1] = CruiseMissile;
        destination[2] = BallisticMissile;
        destination[3] = Aircraft;
    }

    public override string ToString() =>
        $"drone {Drone:0.###}, cruise {CruiseMissile:0.###}, ballistic {BallisticMissile:0.###}, aircraft {Aircraft:0.###}";
}

/// <summary>
/// A track's classification: the most probable class, its posterior probability (the confidence) and the posterior of
/// every class (summing to 1).
/// </summary>
public readonly record struct TrackClassification(TrackClass MostLikely, double Confidence, ClassProbabilities Probabilities)
{
    public override string ToString() => $"{MostLikely} ({Confidence:0.###}): {Probabilities}";
}
