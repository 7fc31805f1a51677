using Oberig.BattleManagement.Evaluation;
using Oberig.BattleManagement.Feasibility;
using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Scenario.Catalog;

namespace Oberig.BattleManagement.Tests;

/// <summary>Catalog types and fire units shaped like catalog/*.yaml (aster-30/samp-t, mica/vl-mica, gepard), written
/// here so the tests do not move when the catalog's figures do.</summary>
internal static class TestCatalog
{
    private static readonly Dictionary<string, string> NoSources = new();

    public static readonly InterceptorType Aster = new()
    {
        Id = "aster-30", Name = "long-range", Kind = InterceptorKind.Missile, MinRangeM = 3000, MaxRangeM = 120_000,
        MinAltitudeM = 50, MaxAltitudeM = 20_000, MaxSpeedMps = 1400, UnitCostEur = 2_000_000, Sources = NoSources,
        SingleShotPk = new KillProbabilities { Drone = 0.9, Cruise = 0.85, Ballistic = 0.7, Aircraft = 0.85 },
    };

    public static readonly InterceptorType Mica = new()
    {
        Id = "mica", Name = "short-range", Kind = InterceptorKind.Missile, MinRangeM = 1000, MaxRangeM = 20_000,
        MinAltitudeM = 10, MaxAltitudeM = 9000, MaxSpeedMps = 1000, UnitCostEur = 1_000_000, Sources = NoSources,
        SingleShotPk = new KillProbabilities { Drone = 0.85, Cruise = 0.8, Aircraft = 0.75 },
    };

    public static readonly InterceptorType GunRound = new()
    {
        Id = "gepard-35mm", Name = "gun", Kind = InterceptorKind.GunRound, MinRangeM = 100, MaxRangeM = 4000,
        MinAltitudeM = 0, MaxAltitudeM = 3000, MaxSpeedMps = 1175, UnitCostEur = 500, BurstRounds = 40, Sources = NoSources,
        SingleShotPk = new KillProbabilities { Drone = 0.5, Cruise = 0.3, Aircraft = 0.2 },
    };

    public static SystemType System(SystemKind kind, string interceptor, int channels) => new()
    {
        Id = kind.ToString(), Name = kind.ToString(), Kind = kind, Interceptor = interceptor, FireControlRadar = "radar",
        Launchers = 1, RoundsPerLauncher = 8, ReloadTimeS = 600, FireChannels = channels, Sources = NoSources,
    };

    public static FireUnitState Samp(string id = "samp", Vec3 position = default, int rounds = 8, int channels = 10) =>
        new(id, position, System(SystemKind.LongRangeSam, "aster-30", channels), Aster, "fc", rounds, 0);

    public static FireUnitState VlMica(string id = "mica", Vec3 position = default, int rounds = 12, int channels = 6) =>
        new(id, position, System(SystemKind.ShortRangeSam, "mica", channels), Mica, "fc", rounds, 0);

    public static FireUnitState Gepard(string id = "gepard", Vec3 position = default, int rounds = 640) =>
        new(id, position, System(SystemKind.Gun, "gepard-35mm", 1), GunRound, "fc", rounds, 0);

    /// <summary>The repository's own catalog/ (for tests that need its fly-out data), loaded once.</summary>
    public static CatalogSet Repository => RepositoryCatalog.Value;

    private static readonly Lazy<CatalogSet> RepositoryCatalog = new(() => CatalogLoader.Load(Path.Combine(Root(), "catalog")));

    private static string Root()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Oberig.slnx"))) return d.FullName;
        throw new DirectoryNotFoundException("Oberig.slnx");
    }

    /// <summary>A fire-control track held by radar "fc" (every test unit's radar), labelled with certainty.</summary>
    public static AirTrack Track(int id, Vec3 position, Vec3 velocity, ThreatClass c, SimTime time = default) =>
        new(id, time, position, velocity, 0, c, 1, true, "fc");
}
