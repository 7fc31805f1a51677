using Oberig.Core.Text;
using System.Globalization;
using Oberig.Core.Geodesy;
using Oberig.Core.Time;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Loading;
using Oberig.Scenario.Model;

namespace Oberig.Scenario.Resolution;

/// <summary>A raid: its threat type (with overrides), launch, aim point, and whether the path fits the threat's range.</summary>
internal static class RaidResolver
{
    public static Raid? Resolve(ResolutionContext ctx, string pointer, IReadOnlyDictionary<string, DefendedAsset> assets, ISet<string> allAssetIds)
    {
        var r = ctx.Read<RaidShape>(pointer);
        if (r is null) return null;
        var launchCentre = r.Launch.Point ?? r.Launch.Area!.Center;
        ctx.CheckInside(pointer + (r.Launch.Point is not null ? "/launch/point" : "/launch/area/center"), launchCentre);

        var route = r.Route ?? [];
        DefendedAsset? target = null;
        bool ok = true;
        if (r.Target is { } targetId && !assets.TryGetValue(targetId, out target))
        {
            // An asset that exists but failed its own checks has been reported already.
            if (!allAssetIds.Contains(targetId))
                ctx.Report(JsonPointerText.Append(pointer, "target"), UnknownAsset(targetId, allAssetIds));
            ok = false;
        }
        if (r.Target is null && route.Count == 0)
        {
            ctx.Report(pointer, "the raid has neither a 'target' nor a 'route' (allowed: a target asset id, or a non-empty route whose last waypoint is the aim point)");
            ok = false;
        }

        if (!ctx.Catalog.Threats.TryGetValue(r.Threat, out var baseThreat))
        {
            ctx.Report(JsonPointerText.Append(pointer, "threat"), CatalogReference.Problem(r.Threat, "threat type", ctx.Catalog.Threats.Keys, CatalogReference.KindOf(ctx.Catalog, r.Threat)));
            return null;
        }
        var threat = OverrideApplier.Apply(baseThreat, r.Overrides, "threatType", ctx.Doc, JsonPointerText.Append(pointer, "overrides"), ctx.Problems);
        if (threat is null || !ok) return null;

        var aim = target?.Position ?? route[^1].ToGeodetic();
        // Without a target the last waypoint is the aim point, so it is not also a waypoint flown before it.
        var flown = target is null ? route.Take(route.Count - 1) : route;
        if (!CheckRange(ctx, pointer, r, launchCentre, route, aim, threat)) return null;

        return new Raid
        {
            Id = r.Id,
            Threat = threat,
            Count = r.Count,
            Launch = new LaunchArea(launchCentre.ToGeodetic(), r.Launch.Area?.RadiusM ?? 0),
            FirstLaunch = SimTime.FromSeconds(r.LaunchTimeS ?? 0),
            Spacing = SimDuration.FromSeconds(r.SpacingS ?? 0),
            Target = target,
            Route = flown.Select(p => new Waypoint(p.Lat, p.Lon, p.Alt)).ToArray(),
            AimPoint = aim,
        };
    }

    /// <summary>The ground path launch -> waypoints -> aim point must not exceed the threat's range.</summary>
    private static bool CheckRange(ResolutionContext ctx, string pointer, RaidShape r, PositionShape launch,
        IReadOnlyList<PositionShape> route, Geodetic aim, ThreatType threat)
    {
        double path = 0, lat = launch.Lat, lon = launch.Lon;
        foreach (var p in route.Select(w => (w.Lat, w.Lon)).Append((aim.LatitudeDeg, aim.LongitudeDeg)))
        {
            path += GreatCircle.DistanceM(lat, lon, p.Item1, p.Item2);
            (lat, lon) = p;
        }
        if (path <= threat.RangeM) return true;
        var where = JsonPointerText.Append(pointer, r.Route is { Count: > 0 } ? "route" : "target");
        ctx.Report(where, string.Create(CultureInfo.InvariantCulture,
            $"route never reaches its target: path {path / 1000:N0} km exceeds the threat's range {threat.RangeM / 1000:N0} km"));
        return false;
    }

    private static string UnknownAsset(string id, IEnumerable<string> assetIds)
    {
        var ids = assetIds.Order(StringComparer.Ordinal).ToArray();
        var hint = DidYouMean.Hint(id, ids);
        return hint.Length > 0 ? $"unknown asset '{id}'{hint}" : $"unknown asset '{id}' (known: {(ids.Length == 0 ? "none" : string.Join(", ", ids))})";
    }
}
