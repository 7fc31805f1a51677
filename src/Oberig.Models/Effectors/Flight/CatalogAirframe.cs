using Oberig.Models.Effectors.Fuze;
using Oberig.Models.Effectors.Guidance;
using Oberig.Scenario.Catalog;

namespace Oberig.Models.Effectors.Flight;

/// <summary>Builds the flight model's inputs from a catalog interceptor type's <c>flyout</c> table.</summary>
public static class CatalogAirframe
{
    /// <summary>The airframe of the catalog's interceptor type <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">No interceptor type has that id (the message names the closest), or it has no fly-out table.</exception>
    public static InterceptorAirframe From(CatalogSet catalog, string id) => From(Find(catalog, id));

    /// <summary>The kill function of the catalog's interceptor type <paramref name="id"/>.</summary>
    public static IKillFunction KillFunction(CatalogSet catalog, string id) => KillFunction(Find(catalog, id));

    private static InterceptorType Find(CatalogSet catalog, string id)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(id);
        return catalog.Interceptors.TryGetValue(id, out var type)
            ? type
            : throw new ArgumentException(CatalogEntries.UnknownIdProblem(catalog, id, "interceptor type", catalog.Interceptors.Keys), nameof(id));
    }

    /// <summary>The airframe of <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentException">The type has no fly-out table or launch mass (a gun round, or a missile not yet catalogued).</exception>
    public static InterceptorAirframe From(InterceptorType type)
    {
        var f = Flyout(type);
        var airframe = new InterceptorAirframe
        {
            LaunchMassKg = type.MassKg ?? throw new ArgumentException($"interceptor type '{type.Id}' has no mass_kg; the flight model needs the launch mass", nameof(type)),
            PropellantMassKg = f.PropellantMassKg,
            BoostTimeS = f.BoostTimeS,
            BoostThrustN = f.BoostThrustN,
            SustainTimeS = f.SustainTimeS,
            SustainThrustN = f.SustainThrustN,
            ReferenceAreaM2 = f.ReferenceAreaM2,
            Drag = new DragCurve(f.CdMach.Select(p => (p[0], p[1])).ToArray()),
            MaxLateralG = f.MaxLateralG,
            MaxLiftCoefficient = f.MaxLiftCoefficient ?? double.PositiveInfinity,
        };
        airframe.Validate();
        return airframe;
    }

    /// <summary>The warhead's kill function of <paramref name="type"/>, scaled by its lethal radius, its value at zero
    /// miss the missile's reliability (a missile that fails before fuzing kills nothing however close it was aimed).</summary>
    public static IKillFunction KillFunction(InterceptorType type)
    {
        var f = Flyout(type);
        return KillFunctions.Create(f.KillFunction, f.LethalRadiusM, f.Reliability ?? 1);
    }

    /// <summary>
    /// Guidance settings with the type's seeker (lock range and field of view; none: command guidance to the end) and
    /// the laws given; track and seeker errors are the caller's (they belong to the fire-control radar and the run).
    /// </summary>
    public static GuidanceComputerOptions Guidance(InterceptorType type, IGuidanceLaw midcourse, IGuidanceLaw? terminal = null)
    {
        var f = Flyout(type);
        var options = new GuidanceComputerOptions { Midcourse = midcourse, Terminal = terminal, SeekerLockRangeM = f.SeekerLockRangeM };
        return f.SeekerFovDeg is { } fov ? options with { SeekerFovDeg = fov } : options;
    }

    private static InterceptorFlyout Flyout(InterceptorType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Flyout ?? throw new ArgumentException(
            $"interceptor type '{type.Id}' has no flyout table in the catalog (a {type.Kind}); the flight model cannot fly it", nameof(type));
    }
}
