using Oberig.Scenario.Campaign;

namespace Oberig.Scenario.Tests.Campaign;

/// <summary>Outcome table files: what the fitter writes reads back exactly, and tables interpolation cannot use are refused.</summary>
public sealed class OutcomeTableFileTests
{
    private static string[] Problems(string text)
    {
        var path = TestFiles.Write(text, "o.yaml");
        return TestFiles.Problems(OutcomeTableFile.Validate(path), path);
    }

    [Fact]
    public void Fixture_reads_with_its_values()
    {
        var table = OutcomeTableFile.Read(CampaignTestFiles.OutcomesFixture);
        Assert.Equal(("Test raid", 7UL, 20), (table.Scenario, table.Seed, table.Replications));
        Assert.Equal(40, table.BaselineRaid["test-drone"]);
        var drone = table.Threats[0];
        Assert.Equal(("test-drone", 1.5, 2.5e5), (drone.Threat, drone.DamagePerLeaker, drone.DamageEurPerLeaker));
        Assert.Equal([0.5, 1.0], drone.Points.Select(p => p.Scale));
        Assert.Equal(60, drone.Points[0].ShotsPerThreat["test-gun-round"]);
        Assert.Equal(0.05, drone.Points[1].KillsPerThreat["test-missile"]);
        Assert.Equal(0.25, drone.Points[1].LeakFraction);
    }

    [Fact]
    public void Written_table_reads_back_equal_to_the_last_bit()
    {
        var table = new OutcomeTable
        {
            Scenario = "Night: \"quoted\" # not a comment",
            Seed = ulong.MaxValue,
            Replications = 1000,
            BaselineRaid = new Dictionary<string, double> { ["shahed-136"] = 50, ["kh-101"] = 1.0 / 3 },
            Threats =
            [
                new ThreatOutcomeFit
                {
                    Threat = "shahed-136",
                    DamagePerLeaker = 0.1 + 0.2,
                    DamageEurPerLeaker = 1.23456789e7,
                    Points =
                    [
                        new OutcomePoint { Scale = 0.25, ShotsPerThreat = new Dictionary<string, double> { ["mica"] = 1e-7, ["gepard-35mm"] = 88.8 },
                            KillsPerThreat = new Dictionary<string, double> { ["mica"] = 2.0 / 3 * 0.5 }, LeakFraction = 0.1 },
                        new OutcomePoint { Scale = 2, ShotsPerThreat = new Dictionary<string, double>(), KillsPerThreat = new Dictionary<string, double>(), LeakFraction = 1 },
                    ],
                },
            ],
            FalseTrackRounds =
            [
                new FalseTrackPoint { Scale = 0.25, RoundsPerNight = new Dictionary<string, double> { ["mica"] = 0.1 + 0.2, ["gepard-35mm"] = 0 } },
                new FalseTrackPoint { Scale = 2, RoundsPerNight = new Dictionary<string, double> { ["mica"] = 1.0 / 7 } },
            ],
        };
        var path = Path.Combine(TestFiles.NewDirectory(), "table.yaml");
        OutcomeTableFile.Write(path, table);
        var read = OutcomeTableFile.Read(path);

        Assert.Equal((table.Scenario, table.Seed, table.Replications), (read.Scenario, read.Seed, read.Replications));
        Assert.Equal(table.BaselineRaid.OrderBy(p => p.Key), read.BaselineRaid.OrderBy(p => p.Key));
        var (written, back) = (table.Threats[0], Assert.Single(read.Threats));
        Assert.Equal((written.Threat, written.DamagePerLeaker, written.DamageEurPerLeaker), (back.Threat, back.DamagePerLeaker, back.DamageEurPerLeaker));
        Assert.Equal(written.Points.Count, back.Points.Count);
        for (int i = 0; i < written.Points.Count; i++)
        {
            Assert.Equal((written.Points[i].Scale, written.Points[i].LeakFraction), (back.Points[i].Scale, back.Points[i].LeakFraction));
            Assert.Equal(written.Points[i].ShotsPerThreat.OrderBy(p => p.Key), back.Points[i].ShotsPerThreat.OrderBy(p => p.Key));
            Assert.Equal(written.Points[i].KillsPerThreat.OrderBy(p => p.Key), back.Points[i].KillsPerThreat.OrderBy(p => p.Key));
        }
        Assert.Equal(table.FalseTrackRounds.Count, read.FalseTrackRounds.Count);
        for (int i = 0; i < table.FalseTrackRounds.Count; i++)
        {
            Assert.Equal(table.FalseTrackRounds[i].Scale, read.FalseTrackRounds[i].Scale);
            Assert.Equal(table.FalseTrackRounds[i].RoundsPerNight.OrderBy(p => p.Key), read.FalseTrackRounds[i].RoundsPerNight.OrderBy(p => p.Key));
        }
    }

    [Fact]
    public void False_track_scales_must_increase_and_a_table_without_them_reads()
    {
        const string threat = """
              - threat: a
                damage_per_leaker: 1
                damage_eur_per_leaker: 0
                points:
                  - {scale: 1, shots_per_threat: {x: 2}, kills_per_threat: {x: 0.5}, leak_fraction: 0.2}
            """;
        Assert.Empty(Problems(Head + threat));
        Assert.Equal(["o.yaml:13: false_track_rounds[1].scale: 1 does not follow 2 (allowed: scales strictly increasing, so the table can be interpolated)"],
            Problems(Head + threat + """

                false_track_rounds:
                  - {scale: 2, rounds_per_night: {x: 1}}
                  - {scale: 1, rounds_per_night: {x: 1}}
                """));
        Assert.Equal(["o.yaml:12: false_track_rounds[0].rounds_per_night.x: -1 is too small (allowed: at least 0)"],
            Problems(Head + threat + """

                false_track_rounds:
                  - {scale: 2, rounds_per_night: {x: -1}}
                """));
    }

    private const string Head = """
        scenario: T
        seed: 1
        replications: 10
        baseline_raid: {a: 10, b: 2}
        threats:

        """;

    [Fact]
    public void Scales_must_increase_and_kills_plus_leaks_fit_in_one()
    {
        var problems = Problems(Head + """
              - threat: a
                damage_per_leaker: 1
                damage_eur_per_leaker: 0
                points:
                  - {scale: 1, shots_per_threat: {x: 2}, kills_per_threat: {x: 0.7, y: 0.2}, leak_fraction: 0.2}
                  - {scale: 1, shots_per_threat: {x: 2}, kills_per_threat: {x: 0.5}, leak_fraction: 0.2}
            """);
        Assert.Equal([
            "o.yaml:10: threats[0].points[0]: kills per threat plus leak_fraction make 1.0999999999999999 (allowed: at most 1, as no threat is both killed and leaked)",
            "o.yaml:11: threats[0].points[1].scale: 1 does not follow 1 (allowed: scales strictly increasing, so the table can be interpolated)",
        ], problems);
    }

    [Fact]
    public void Threats_are_fitted_once_and_belong_to_the_baseline_raid()
    {
        var problems = Problems(Head + """
              - {threat: a, damage_per_leaker: 1, damage_eur_per_leaker: 0, points: [{scale: 1, shots_per_threat: {}, kills_per_threat: {}, leak_fraction: 0}]}
              - {threat: a, damage_per_leaker: 1, damage_eur_per_leaker: 0, points: [{scale: 1, shots_per_threat: {}, kills_per_threat: {}, leak_fraction: 0}]}
              - {threat: c, damage_per_leaker: 1, damage_eur_per_leaker: 0, points: [{scale: 1, shots_per_threat: {}, kills_per_threat: {}, leak_fraction: 0}]}
            """);
        Assert.Equal([
            "o.yaml:7: threats[1].threat: duplicate threat 'a' (already at line 6; each threat has one fit)",
            "o.yaml:8: threats[2].threat: 'c' is not in baseline_raid (allowed: a, b; scales multiply the baseline raid)",
        ], problems);
    }

    [Fact]
    public void Fractions_and_numbers_are_range_checked_by_the_schema()
    {
        var problems = Problems(Head + """
              - threat: a
                damage_per_leaker: -1
                damage_eur_per_leaker: 0
                points:
                  - {scale: 0, shots_per_threat: {x: -2}, kills_per_threat: {x: 1.5}, leak_fraction: 2}
            """);
        // Sorted: problems come in line order, and within a line in the schema's order.
        Assert.Equal(new[] {
            "o.yaml:7: threats[0].damage_per_leaker: -1 is too small (allowed: at least 0)",
            "o.yaml:10: threats[0].points[0].scale: 0 is too small (allowed: more than 0)",
            "o.yaml:10: threats[0].points[0].shots_per_threat.x: -2 is too small (allowed: at least 0)",
            "o.yaml:10: threats[0].points[0].kills_per_threat.x: 1.5 is too large (allowed: 0 to 1)",
            "o.yaml:10: threats[0].points[0].leak_fraction: 2 is too large (allowed: 0 to 1)",
        }.Order(), problems.Order());
    }
}
