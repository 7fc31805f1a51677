using Oberig.BattleManagement.Evaluation;
using Oberig.Core.Numerics;
using Oberig.Core.Time;

namespace Oberig.BattleManagement.Tests.Evaluation;

public sealed class ThreatEvaluatorTests
{
    private static readonly SimTime Now = SimTime.FromSeconds(100);
    private static readonly ThreatEvaluator Evaluator = new(ThreatEvaluationOptions.Default with { GravityMps2 = 9.8 });

    private static AirTrack Track(Vec3 position, Vec3 velocity, ThreatClass c = ThreatClass.Drone, double confidence = 1) =>
        new(1, Now, position, velocity, 0, c, confidence, true, "r");

    [Fact]
    public void A_ballistic_track_lands_where_the_flat_earth_parabola_does()
    {
        // Closed form: z(t) = h + vz t - g t²/2 = 0 -> t = (vz + sqrt(vz² + 2 g h)) / g; x = x0 + vx t.
        const double h = 20_000, vz = 500, vx = -1000, g = 9.8;
        double t = (vz + Math.Sqrt(vz * vz + 2 * g * h)) / g;
        var asset = new DefendedAsset("city", new Vec3(100_000 + vx * t, 0, 0), 5000, 1e9);
        var a = Evaluator.Evaluate(Now, Track(new Vec3(100_000, 0, h), new Vec3(vx, 0, vz), ThreatClass.Ballistic), [asset]);
        Assert.Equal(ImpactBasis.BallisticArc, a.Basis);
        Assert.Equal(100_000 + vx * t, a.ImpactPoint!.Value.X, 1e-6);
        Assert.Equal(0, a.ImpactPoint.Value.Z);
        Assert.Equal(t, a.TimeToGo!.Value.Seconds, 1e-9);
        Assert.Same(asset, a.Asset);
    }

    [Fact]
    public void A_ballistic_arc_check_the_fall_satisfies_the_equation_of_motion()
    {
        double t = ImpactPrediction.BallisticTimeToGround(12_000, -300, 9.8, 200);
        Assert.Equal(200, 12_000 - 300 * t - 0.5 * 9.8 * t * t, 1e-6);
    }

    [Fact]
    public void A_descending_track_that_approaches_no_asset_falls_on_a_straight_line()
    {
        // 1000 m up, falling 50 m/s while flying 100 m/s east: lands 20 s later, 2 km east.
        var far = new DefendedAsset("far", new Vec3(0, 50_000, 0), 1000, 1e9);
        var a = Evaluator.Evaluate(Now, Track(new Vec3(0, 0, 1000), new Vec3(100, 0, -50)), [far]);
        Assert.Equal(ImpactBasis.StraightLine, a.Basis);
        Assert.Equal(new Vec3(2000, 0, 0), a.ImpactPoint);
        Assert.Equal(20, a.TimeToGo!.Value.Seconds, 1e-12);
        Assert.Null(a.Asset);
        Assert.Equal(0, a.Value);
    }

    [Fact]
    public void A_cruise_track_heads_for_the_asset_it_passes_closest_within_the_corridor()
    {
        // Flying north at 200 m/s from the origin: A is 1.5 km off the line, B 300 m off, C behind, D 10 km off.
        var assets = new[]
        {
            new DefendedAsset("A", new Vec3(1500, 20_000, 0), 500, 1e9),
            new DefendedAsset("B", new Vec3(300, 40_000, 0), 500, 1e9),
            new DefendedAsset("C", new Vec3(0, -5_000, 0), 500, 1e9),
            new DefendedAsset("D", new Vec3(10_000, 10_000, 0), 500, 1e9),
        };
        var a = Evaluator.Evaluate(Now, Track(new Vec3(0, 0, 50), new Vec3(0, 200, 0), ThreatClass.Cruise), assets);
        Assert.Equal(ImpactBasis.Approach, a.Basis);
        Assert.Equal("B", a.Asset!.Id);
        Assert.Equal(200, a.TimeToGo!.Value.Seconds, 1e-9); // 40 km at 200 m/s
    }

    [Fact]
    public void Of_two_assets_on_the_track_line_the_one_reached_first_is_threatened()
    {
        var assets = new[] { new DefendedAsset("far", new Vec3(0, 40_000, 0), 500, 1e9), new DefendedAsset("near", new Vec3(30, 20_000, 0), 500, 1e6) };
        var a = Evaluator.Evaluate(Now, Track(new Vec3(0, 0, 50), new Vec3(0, 200, 0), ThreatClass.Cruise), assets);
        Assert.Equal("near", a.Asset!.Id); // misses of 0 and 30 m tie (tolerance 100 m): the sooner wins
    }

    [Fact]
    public void Value_and_priority_follow_the_documented_formula()
    {
        var asset = new DefendedAsset("plant", new Vec3(0, 6000, 0), 500, 2e9);
        var a = Evaluator.Evaluate(Now, Track(new Vec3(0, 0, 500), new Vec3(0, 50, 0), ThreatClass.Drone, 0.8), [asset]);
        double value = 2e9 * 0.02 * 0.8;      // asset value x damage fraction (drone) x P(threat)
        double urgency = 1 / (1 + 120 / 60.0); // t_go 120 s, tau 60 s
        Assert.Equal(value, a.Value, 1e-6);
        Assert.Equal(value * urgency, a.Priority, 1e-6);
    }

    [Fact]
    public void Time_to_go_counts_from_the_decision_time_not_the_track_time()
    {
        var asset = new DefendedAsset("plant", new Vec3(0, 6000, 0), 500, 1e9);
        var track = Track(new Vec3(0, 0, 500), new Vec3(0, 50, 0)) with { Time = SimTime.FromSeconds(90) };
        Assert.Equal(110, Evaluator.Evaluate(Now, track, [asset]).TimeToGo!.Value.Seconds, 1e-9);
    }

    [Fact]
    public void A_level_track_moving_away_threatens_nothing_and_an_empty_picture_is_empty()
    {
        var asset = new DefendedAsset("plant", new Vec3(0, -6000, 0), 500, 1e9);
        var a = Evaluator.Evaluate(Now, Track(new Vec3(0, 0, 500), new Vec3(0, 50, 0)), [asset]);
        Assert.Equal(ImpactBasis.None, a.Basis);
        Assert.Equal(0, a.Priority);
        Assert.Empty(Evaluator.Evaluate(Now, [], [asset]));
        Assert.Single(Evaluator.Evaluate(Now, [a.Track], []));
    }

    [Fact]
    public void Default_options_are_valid_and_bad_ones_are_named()
    {
        Assert.Empty(ThreatEvaluationOptions.Default.Problems());
        var bad = ThreatEvaluationOptions.Default with { UrgencyTimeConstantS = 0, DamageFraction = ThreatEvaluationOptions.Default.DamageFraction with { Drone = 2 } };
        Assert.Equal(["urgency_time_constant_s: 0 is not allowed (finite, more than 0)", "damage_fraction.drone: 2 is not allowed (0 to 1)"], bad.Problems());
    }
}
