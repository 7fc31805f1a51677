using Oberig.Core.Geodesy;
using Oberig.Scenario.Catalog;

namespace Oberig.Models.Damage;

/// <summary>
/// Damage of one impact: every defended asset whose centre lies within its radius of the impact (ground distance,
/// taken as the chord between the points' projections on the ellipsoid, equal to the arc to a millimetre at 10 km)
/// loses the threat's damage fraction of its remaining value, so n hits leave value·(1 − f)ⁿ.
/// </summary>
public static class ImpactDamage
{
    /// <summary>Applies one impact to the ledger; returns the value destroyed. The assets hit are in <see cref="AssetDamageLedger.LastHits"/>.</summary>
    public static double Apply(AssetDamageLedger ledger, Geodetic impact, ThreatType threat)
    {
        ArgumentNullException.ThrowIfNull(threat);
        return Apply(ledger, impact, threat.DamageFraction);
    }

    /// <summary>Applies one impact of damage fraction <paramref name="damageFraction"/> (0..1); returns the value destroyed.</summary>
    public static double Apply(AssetDamageLedger ledger, Geodetic impact, double damageFraction)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        if (!(damageFraction is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(damageFraction), damageFraction, "damage_fraction must lie in [0, 1]");
        return ledger.Apply(Wgs84.ToEcef(impact.WithHeight(0)).AsVector, damageFraction);
    }
}
