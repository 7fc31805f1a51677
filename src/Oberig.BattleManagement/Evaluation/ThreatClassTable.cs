namespace Oberig.BattleManagement.Evaluation;

/// <summary>One value per <see cref="ThreatClass"/>: a table that cannot miss a class (options use it for per-class
/// figures such as damage fractions and salvo sizes).</summary>
public sealed record ThreatClassTable<T>(T Unknown, T Drone, T Cruise, T Ballistic, T Aircraft)
{
    public T this[ThreatClass threatClass] => threatClass switch
    {
        ThreatClass.Unknown => Unknown,
        ThreatClass.Drone => Drone,
        ThreatClass.Cruise => Cruise,
        ThreatClass.Ballistic => Ballistic,
        ThreatClass.Aircraft => Aircraft,
        _ => throw new ArgumentOutOfRangeException(nameof(threatClass), threatClass, "unknown threat class"),
    };

    /// <summary>The classes and their values, in enum order.</summary>
    public IEnumerable<(ThreatClass Class, T Value)> Entries()
    {
        foreach (var c in Enum.GetValues<ThreatClass>()) yield return (c, this[c]);
    }
}
