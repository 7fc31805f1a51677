using Oberig.Core.Time;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Loading;
using Oberig.Scenario.Model;

namespace Oberig.Scenario.Resolution;

/// <summary>A fire unit: its system type (with overrides), that system's interceptor (with overrides) and radar, and its magazine.</summary>
internal static class FireUnitResolver
{
    public static FireUnit? Resolve(ResolutionContext ctx, string pointer)
    {
        var u = ctx.Read<FireUnitShape>(pointer);
        if (u is null) return null;
        ctx.CheckInside(JsonPointerText.Append(pointer, "site"), u.Site);
        var catalog = ctx.Catalog;
        if (!catalog.Systems.TryGetValue(u.Type, out var baseSystem))
        {
            ctx.Report(JsonPointerText.Append(pointer, "type"), CatalogReference.Problem(u.Type, "system type", catalog.Systems.Keys, CatalogReference.KindOf(catalog, u.Type)));
            return null;
        }
        var overridesPointer = JsonPointerText.Append(pointer, "overrides");
        var system = OverrideApplier.Apply(baseSystem, u.Overrides, "systemType", ctx.Doc, overridesPointer, ctx.Problems);
        if (system is null) return null;

        // An override may point the system at another interceptor or radar; those references must hold as in the catalog.
        if (!catalog.Interceptors.TryGetValue(system.Interceptor, out var baseInterceptor))
        {
            ctx.Report(JsonPointerText.Append(overridesPointer, "interceptor"), CatalogReference.Problem(system.Interceptor, "interceptor type", catalog.Interceptors.Keys, CatalogReference.KindOf(catalog, system.Interceptor)));
            return null;
        }
        if (!catalog.Sensors.TryGetValue(system.FireControlRadar, out var radar))
        {
            ctx.Report(JsonPointerText.Append(overridesPointer, "fire_control_radar"), CatalogReference.Problem(system.FireControlRadar, "sensor type", catalog.Sensors.Keys, CatalogReference.KindOf(catalog, system.FireControlRadar)));
            return null;
        }
        var interceptor = OverrideApplier.Apply(baseInterceptor, u.InterceptorOverrides, "interceptorType", ctx.Doc, JsonPointerText.Append(pointer, "interceptor_overrides"), ctx.Problems);
        if (interceptor is null) return null;

        int launchers = u.Launchers ?? system.Launchers;
        long capacity = (long)launchers * system.RoundsPerLauncher;
        if (u.ReadyRounds is { } ready && ready > capacity)
        {
            ctx.Report(JsonPointerText.Append(pointer, "ready_rounds"),
                $"{ready} is more than the launchers hold (allowed: at most {launchers} launchers x {system.RoundsPerLauncher} rounds = {capacity})");
            return null;
        }
        return new FireUnit
        {
            Id = u.Id,
            Site = u.Site.ToGeodetic(),
            System = system,
            Interceptor = interceptor,
            FireControlRadar = radar,
            Launchers = launchers,
            ReadyRounds = u.ReadyRounds ?? (int)Math.Min(capacity, int.MaxValue),
            ReloadTime = SimDuration.FromSeconds(u.ReloadTimeS ?? system.ReloadTimeS),
            FireChannels = u.FireChannels ?? system.FireChannels,
        };
    }
}
