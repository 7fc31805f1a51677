using Microsoft.Data.Sqlite;
using Oberig.Engine.Events;
using Oberig.Engine.Results;
using Oberig.Engine.Running;
using Oberig.Engine.World;

namespace Oberig.Analysis.Store;

/// <summary>
/// The results store: one SQLite file per run with the run's metadata, every replication's outcome and its full
/// event log. Each replication is committed as soon as it ends, so a run that fails or is killed keeps what it had
/// computed. Observers are called from worker threads; one lock serialises the writes.
/// </summary>
public sealed class SqliteResultsStore : IReplicationObserver, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();
    private readonly Dictionary<int, EventRecorder> _recorders = [];

    public string Path { get; }

    public SqliteResultsStore(string path)
    {
        Path = path;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute(ResultsSchema.Ddl);
    }

    public void WriteMetadata(IEnumerable<KeyValuePair<string, string>> entries)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            foreach (var (key, value) in entries)
                Insert(tx, "INSERT OR REPLACE INTO run (key, value) VALUES ($k, $v)", ("$k", key), ("$v", value));
            tx.Commit();
        }
    }

    public void Starting(SimulationWorld world, EventStream events)
    {
        var recorder = new EventRecorder();
        events.Subscribe(recorder);
        lock (_gate) _recorders[world.Replication] = recorder;
    }

    public void Completed(SimulationWorld world, ReplicationResult result)
    {
        lock (_gate)
        {
            var recorder = _recorders[world.Replication];
            _recorders.Remove(world.Replication);
            using var tx = _connection.BeginTransaction();
            ReplicationRows.Write(_connection, tx, world, result, recorder.Events);
            tx.Commit();
        }
    }

    public void WriteSummaryJson(string json)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            Insert(tx, "INSERT OR REPLACE INTO run (key, value) VALUES ('summary_json', $v)", ("$v", json));
            tx.Commit();
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void Insert(SqliteTransaction tx, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>
    /// Buffers one replication's events until it completes (no I/O on the simulation's thread mid-run). Radars report
    /// every scan, so of the detections only each radar's first of each threat (a new contact) is kept.
    /// </summary>
    private sealed class EventRecorder : IEventSink
    {
        private readonly HashSet<(int Threat, int Sensor)> _contacts = [];
        public List<SimEvent> Events { get; } = [];
        public void OnEvent(in SimEvent e)
        {
            if (e.Kind == SimEventKind.Detection && !_contacts.Add((e.Threat, e.Actor))) return;
            Events.Add(e);
        }
    }
}
