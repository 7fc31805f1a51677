using Oberig.BattleManagement.Evaluation;
using Oberig.BattleManagement.Feasibility;
using Oberig.Core.Numerics;
using Oberig.Core.Time;

namespace Oberig.BattleManagement.Tests.Feasibility;

public sealed class EngagementFeasibilityTests
{
    private static readonly SimTime Now = SimTime.FromSeconds(50);
    private static readonly EngagementFeasibility Feasibility = new();

    private static ThreatAssessment Threat(AirTrack track, double? impactInS = null) =>
        new(track, ImpactBasis.Approach, null, null, impactInS is double s ? Now + SimDuration.FromSeconds(s) : null,
            impactInS is double d ? SimDuration.FromSeconds(d) : null, 1, 1e6, 1e6);

    private static AirTrack Drone(Vec3 position, Vec3 velocity) => TestCatalog.Track(7, position, velocity, ThreatClass.Drone, Now);

    [Fact]
    public void A_drone_in_the_envelope_is_feasible_with_its_intercept_pk_and_a_second_shot()
    {
        var track = Drone(new Vec3(10_000, 0, 500), new Vec3(-50, 0, 0));
        var o = Feasibility.Assess(Now, TestCatalog.Samp(), Threat(track, 200));
        Assert.Equal(EngagementVerdict.Feasible, o.Verdict);
        double t = ConstantSpeedFlyout.InterceptTime(track.Position, track.Velocity, 0.6 * 1400);
        Assert.Equal(Now.Seconds + t, o.InterceptTime!.Value.Seconds, 1e-9);
        Assert.Equal(track.PositionAt(o.InterceptTime.Value), o.InterceptPoint!.Value);
        Assert.Equal(0.9, o.SingleShotPk);
        Assert.NotNull(o.SecondShot);
        Assert.Equal(o.InterceptTime.Value.Seconds + 5, o.SecondShot.Launch.Seconds, 1e-9); // kill assessment delay 5 s
        Assert.True(o.SecondShot.Intercept > o.SecondShot.Launch);
    }

    [Fact]
    public void No_second_shot_when_the_look_would_come_too_late()
    {
        // Impact 20 s away: the first intercept is ~12 s out, assessment +5 s, a second fly-out cannot beat the impact.
        var o = Feasibility.Assess(Now, TestCatalog.Samp(), Threat(Drone(new Vec3(10_000, 0, 500), new Vec3(-50, 0, 0)), 20));
        Assert.Equal(EngagementVerdict.Feasible, o.Verdict);
        Assert.Null(o.SecondShot);
    }

    public static TheoryData<string, EngagementVerdict> Rejections => new()
    {
        { "not fire-control quality", EngagementVerdict.NoFireControlTrack },
        { "another radar's track", EngagementVerdict.RemoteTrackNotAllowed },
        { "empty launchers", EngagementVerdict.NoReadyRounds },
        { "gun with less than a burst", EngagementVerdict.NoReadyRounds },
        { "channels busy", EngagementVerdict.NoFreeChannel },
        { "path too wide", EngagementVerdict.BeyondMaxOffset },
        { "outrun", EngagementVerdict.NoIntercept },
        { "too close", EngagementVerdict.InsideMinRange },
        { "too far", EngagementVerdict.BeyondMaxRange },
        { "too low", EngagementVerdict.BelowMinAltitude },
        { "too high for the gun", EngagementVerdict.AboveMaxAltitude },
        { "impact first", EngagementVerdict.AfterImpact },
        { "short-range missile against a ballistic missile", EngagementVerdict.NoKillProbability },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public void Each_rejection_names_its_reason(string situation, EngagementVerdict expected)
    {
        var near = Drone(new Vec3(10_000, 0, 500), new Vec3(-50, 0, 0));
        var (unit, threat) = situation switch
        {
            "not fire-control quality" => (TestCatalog.Samp(), Threat(near with { FireControlQuality = false })),
            "another radar's track" => (TestCatalog.Samp(), Threat(near with { RadarId = "surveillance" })),
            "empty launchers" => (TestCatalog.Samp(rounds: 0) with { ReloadingRounds = 8, ReloadReadyAt = Now + SimDuration.FromSeconds(600) }, Threat(near)),
            "gun with less than a burst" => (TestCatalog.Gepard(rounds: 39), Threat(Drone(new Vec3(2000, 0, 300), new Vec3(-50, 0, 0)))),
            "channels busy" => (TestCatalog.Samp() with { BusyChannels = 10 }, Threat(near)),
            // Crossing 8 km abeam against a 5 km limit; also out of reach, yet the lasting reason is named.
            "path too wide" => (Samp(maxOffsetM: 5000), Threat(Drone(new Vec3(200_000, 8000, 500), new Vec3(-50, 0, 0)))),
            "outrun" => (TestCatalog.Gepard(), Threat(Drone(new Vec3(2000, 0, 300), new Vec3(1500, 0, 0)))),
            "too close" => (TestCatalog.Samp(), Threat(Drone(new Vec3(1000, 0, 500), new Vec3(-50, 0, 0)))),
            "too far" => (TestCatalog.Samp(), Threat(Drone(new Vec3(200_000, 0, 500), new Vec3(-50, 0, 0)))),
            "too low" => (TestCatalog.Samp(), Threat(Drone(new Vec3(10_000, 0, 20), new Vec3(-50, 0, 0)))),
            "too high for the gun" => (TestCatalog.Gepard(), Threat(Drone(new Vec3(1000, 0, 3500), new Vec3(-50, 0, 0)))),
            "impact first" => (TestCatalog.Samp(), Threat(near, impactInS: 5)),
            _ => (TestCatalog.VlMica(), Threat(TestCatalog.Track(7, new Vec3(10_000, 0, 5000), new Vec3(-500, 0, -500), ThreatClass.Ballistic, Now))),
        };
        var o = Feasibility.Assess(Now, unit, threat);
        Assert.Equal(expected, o.Verdict);
        Assert.False(o.Feasible);
        Assert.Null(o.InterceptTime);
    }

    /// <summary>A SAMP/T whose Aster has this offset limit (null: none).</summary>
    private static FireUnitState Samp(double? maxOffsetM) =>
        TestCatalog.Samp() with { Interceptor = TestCatalog.Aster with { MaxOffsetM = maxOffsetM } };

    [Theory]
    [InlineData(null, EngagementVerdict.Feasible)]       // no catalogued limit: range and altitude alone decide
    [InlineData(20_000.0, EngagementVerdict.Feasible)]   // 12 km inside the limit
    [InlineData(12_000.0, EngagementVerdict.Feasible)]   // on the limit
    [InlineData(11_000.0, EngagementVerdict.BeyondMaxOffset)]
    public void A_crossing_drone_is_engaged_inside_the_offset_limit_and_rejected_beyond(double? maxOffsetM, EngagementVerdict expected)
    {
        // 20 km east, 12 km north, flying west: 23 km away, well inside Aster's 120 km, crossing at 12 km.
        var o = Feasibility.Assess(Now, Samp(maxOffsetM), Threat(Drone(new Vec3(20_000, 12_000, 500), new Vec3(-50, 0, 0))));
        Assert.Equal(expected, o.Verdict);
        Assert.Equal(expected == EngagementVerdict.Feasible, o.InterceptTime is not null);
    }

    [Fact]
    public void A_head_on_drone_beyond_a_tight_offset_limit_by_range_is_still_engaged()
    {
        // 40 km out on a line through the launcher: offset 0, so a 1 km limit does not bind.
        Assert.True(Feasibility.Assess(Now, Samp(1000), Threat(Drone(new Vec3(40_000, 0, 500), new Vec3(-50, 0, 0)))).Feasible);
    }

    [Fact]
    public void The_offset_is_checked_again_for_the_second_shot()
    {
        // A hovering drone (offset = horizontal range) drifting outward at 0.9 m/s, 5 m inside a 5 km limit: the first
        // shot, launched now, is inside; the second, launched 11 s later (first intercept + 5 s assessment), 9.9 m out.
        var threat = Threat(Drone(new Vec3(4995, 0, 500), new Vec3(0.9, 0, 0)));
        var limited = Feasibility.Assess(Now, Samp(5000), threat);
        Assert.Equal(EngagementVerdict.Feasible, limited.Verdict);
        Assert.Null(limited.SecondShot);
        Assert.NotNull(Feasibility.Assess(Now, Samp(null), threat).SecondShot);
    }

    [Fact]
    public void A_unit_allowed_to_engage_on_remote_fires_on_another_radars_track()
    {
        var track = Drone(new Vec3(10_000, 0, 500), new Vec3(-50, 0, 0)) with { RadarId = "surveillance" };
        Assert.True(Feasibility.Assess(Now, TestCatalog.Samp() with { MayFireOnRemoteTrack = true }, Threat(track)).Feasible);
    }

    [Fact]
    public void The_track_is_extrapolated_from_its_own_time_to_the_decision_time()
    {
        // Reported 10 s ago at 10.5 km: now at 10 km, as the fresh track above.
        var old = TestCatalog.Track(7, new Vec3(10_500, 0, 500), new Vec3(-50, 0, 0), ThreatClass.Drone, Now - SimDuration.FromSeconds(10));
        var fresh = Drone(new Vec3(10_000, 0, 500), new Vec3(-50, 0, 0));
        Assert.Equal(Feasibility.Assess(Now, TestCatalog.Samp(), Threat(fresh)).InterceptTime!.Value.Seconds,
            Feasibility.Assess(Now, TestCatalog.Samp(), Threat(old)).InterceptTime!.Value.Seconds, 1e-9);
    }

    [Fact]
    public void Unknown_tracks_take_the_least_pk_the_catalog_gives()
    {
        Assert.Equal(0.7, CatalogKillProbability.Lookup(TestCatalog.Aster.SingleShotPk, ThreatClass.Unknown));
        Assert.Equal(0, CatalogKillProbability.Lookup(TestCatalog.Mica.SingleShotPk, ThreatClass.Ballistic));
        Assert.Equal(0, CatalogKillProbability.Lookup(null, ThreatClass.Drone));
    }

    [Fact]
    public void Default_options_are_valid()
    {
        Assert.Empty(FeasibilityOptions.Default.Problems());
        Assert.Empty(ConstantSpeedFlyoutOptions.Default.Problems());
        Assert.Single(ConstantSpeedFlyoutOptions.Default with { MissileSpeedFraction = 1.5 } is var o ? o.Problems() : []);
    }
}
