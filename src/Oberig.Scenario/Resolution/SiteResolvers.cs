using Oberig.Scenario.Catalog;
using Oberig.Scenario.Loading;
using Oberig.Scenario.Model;

namespace Oberig.Scenario.Resolution;

/// <summary>Defended assets and sensor sites: a position, and for sensors a catalog type with overrides.</summary>
internal static class SiteResolvers
{
    public static DefendedAsset? Asset(ResolutionContext ctx, string pointer)
    {
        var a = ctx.Read<AssetShape>(pointer);
        if (a is null) return null;
        ctx.CheckInside(JsonPointerText.Append(pointer, "position"), a.Position);
        return new DefendedAsset(a.Id, a.Name ?? a.Id, a.Position.ToGeodetic(), a.Value, a.RadiusM, a.ValueEur);
    }

    public static SensorSite? Sensor(ResolutionContext ctx, string pointer)
    {
        var s = ctx.Read<SensorShape>(pointer);
        if (s is null) return null;
        ctx.CheckInside(JsonPointerText.Append(pointer, "site"), s.Site);
        if (!ctx.Catalog.Sensors.TryGetValue(s.Type, out var type))
        {
            ctx.Report(JsonPointerText.Append(pointer, "type"), CatalogReference.Problem(s.Type, "sensor type", ctx.Catalog.Sensors.Keys, CatalogReference.KindOf(ctx.Catalog, s.Type)));
            return null;
        }
        var resolved = OverrideApplier.Apply(type, s.Overrides, "sensorType", ctx.Doc, JsonPointerText.Append(pointer, "overrides"), ctx.Problems);
        return resolved is null ? null : new SensorSite(s.Id, s.Site.ToGeodetic(), resolved);
    }
}
