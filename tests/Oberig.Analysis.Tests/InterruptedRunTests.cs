using Microsoft.Data.Sqlite;
using Oberig.Analysis.Store;
using Oberig.Engine.Events;
using Oberig.Engine.Results;
using Oberig.Engine.Running;
using Oberig.Engine.World;

namespace Oberig.Analysis.Tests;

public class InterruptedRunTests
{
    /// <summary>Stands for a run killed part-way: it fails once the third replication has been stored.</summary>
    private sealed class FailAfter(SqliteResultsStore store, int lastGood) : IReplicationObserver
    {
        public void Starting(SimulationWorld world, EventStream events) => store.Starting(world, events);
        public void Completed(SimulationWorld world, ReplicationResult result)
        {
            store.Completed(world, result);
            if (world.Replication == lastGood) throw new IOException("disk gone");
        }
    }

    [Fact]
    public void ReplicationsFinishedBeforeAFailureStayInTheStore()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("oberig-kill-").FullName, "results.sqlite");
        using (var store = new SqliteResultsStore(path))
        {
            Assert.ThrowsAny<Exception>(() =>
                ReplicationRunner.RunAll(EngineScenario.Raid(count: 2), new RunOptions(7, 10, 1), observer: new FailAfter(store, 2)));
        }
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        using var command = c.CreateCommand();
        command.CommandText = "SELECT group_concat(replication) FROM (SELECT replication FROM replications ORDER BY replication)";
        Assert.Equal("0,1,2", command.ExecuteScalar());
    }
}
