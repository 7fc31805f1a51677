using Microsoft.Data.Sqlite;
using Oberig.Analysis.Reports;
using Oberig.Analysis.Store;
using Oberig.Engine.Running;

namespace Oberig.Analysis.Tests;

public class ResultsStoreTests
{
    [Fact]
    public void EveryReplicationAndEventIsWrittenAndReadsBack()
    {
        var scenario = EngineScenario.Raid(count: 4);
        string dir = Directory.CreateTempSubdirectory("oberig-store-").FullName;
        string path = Path.Combine(dir, "results.sqlite");
        IReadOnlyList<Oberig.Engine.Results.ReplicationResult> results;
        using (var store = new SqliteResultsStore(path))
        {
            store.WriteMetadata([new("scenario", scenario.Name)]);
            results = ReplicationRunner.RunAll(scenario, new RunOptions(7, 3, 2), observer: store);
        }

        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        Assert.Equal(3L, Scalar(c, "SELECT COUNT(*) FROM replications"));
        Assert.Equal(results.Sum(r => r.EventCount), Scalar(c, "SELECT COUNT(*) FROM events"));
        // 4 threats x 3 replications, each launched, leaked and impacted.
        Assert.Equal(12L, Scalar(c, "SELECT COUNT(*) FROM events WHERE kind = 'launch'"));
        Assert.Equal(12L, Scalar(c, "SELECT COUNT(*) FROM events WHERE kind = 'leak'"));
        Assert.Equal(12L, Scalar(c, "SELECT SUM(leaked) FROM threat_outcomes"));
        Assert.Equal("real", Scalar(c, "SELECT typeof(time_s) FROM events LIMIT 1"));
        Assert.Equal("test-drone", Scalar(c, "SELECT DISTINCT threat_type FROM threats"));
        double stored = Convert.ToDouble(Scalar(c, "SELECT SUM(value_lost) FROM asset_damage"));
        Assert.Equal(results.Sum(r => r.TotalDamage), stored, 9);
    }

    [Fact]
    public void JsonSummaryIsByteIdenticalAcrossThreadCounts()
    {
        var scenario = EngineScenario.Raid(count: 6, launchRadiusM: 30_000);
        string Json(int threads) => JsonReport.Serialize(
            RunSummary.From(scenario, 7, ReplicationRunner.RunAll(scenario, new RunOptions(7, 8, threads))));
        Assert.Equal(Json(1), Json(2));
        Assert.Equal(Json(1), Json(1));
    }

    private static object? Scalar(SqliteConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
