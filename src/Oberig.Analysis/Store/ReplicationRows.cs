using Microsoft.Data.Sqlite;
using Oberig.Engine.Events;
using Oberig.Engine.Results;
using Oberig.Engine.World;

namespace Oberig.Analysis.Store;

/// <summary>Writes one finished replication into the store's tables, inside the caller's transaction.</summary>
internal static class ReplicationRows
{
    public static void Write(SqliteConnection c, SqliteTransaction tx, SimulationWorld world, ReplicationResult r, List<SimEvent> events)
    {
        int rep = r.Replication;
        Run(c, tx, "INSERT OR REPLACE INTO replications VALUES ($1,$2,$3,$4,$5,$6)",
            rep, r.SimulatedSeconds, r.EventCount, r.TotalDamage, r.InterceptorCostEur, r.ThreatCostEur);
        foreach (var t in r.Threats)
            Run(c, tx, "INSERT OR REPLACE INTO threat_outcomes VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)",
                rep, t.ThreatType, t.Launched, t.Detected, t.Engaged, t.Destroyed, t.Leaked, t.InFlightAtEnd, t.LaunchedCostEur,
                (object?)t.FirstDetectionDelayS ?? DBNull.Value, (object?)t.FirstDetectionRangeM ?? DBNull.Value, t.MissilesFired, t.GunBursts);
        foreach (var i in r.Interceptors)
            Run(c, tx, "INSERT OR REPLACE INTO interceptor_use VALUES ($1,$2,$3,$4)", rep, i.InterceptorType, i.Fired, i.CostEur);
        if (r.AirPicture is { } ap)
            Run(c, tx, "INSERT OR REPLACE INTO air_picture VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)",
                rep, ap.MeanGospaM, ap.MeanOspaM, ap.ThreatsTracked, ap.TracksConfirmed, ap.TrackBreaks, ap.IdentitySwaps,
                ap.MeanTimeToConfirmS, ap.CovarianceRepairs);
        foreach (var a in r.Assets)
            Run(c, tx, "INSERT OR REPLACE INTO asset_damage VALUES ($1,$2,$3,$4)", rep, a.AssetId, a.ValueLost, a.RemainingFraction);
        foreach (var t in world.Threats)
            Run(c, tx, "INSERT OR REPLACE INTO threats VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)",
                rep, t.Index, t.Id, t.Raid.Id, t.Type.Id, t.LaunchTime.Seconds, t.LaunchPoint.LatitudeDeg,
                t.LaunchPoint.LongitudeDeg, t.Status.ToString().ToLowerInvariant());

        using var insert = c.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT OR REPLACE INTO events VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)";
        // Untyped parameters: SQLite stores each value with its own type (REAL, INTEGER, TEXT, NULL).
        var p = Enumerable.Range(1, 10).Select(k => insert.Parameters.Add(new SqliteParameter { ParameterName = "$" + k })).ToArray();
        for (int seq = 0; seq < events.Count; seq++)
        {
            var e = events[seq];
            object?[] values =
            [
                rep, seq, e.Time.Seconds, e.Kind.ToString().ToLowerInvariant(),
                e.Threat >= 0 ? world.Threats[e.Threat].Id : null, ActorId(world, e),
                e.Position.LatitudeDeg, e.Position.LongitudeDeg, e.Position.HeightM, e.Value,
            ];
            for (int k = 0; k < values.Length; k++) p[k].Value = values[k] ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>The actor's id, by event kind: a sensor for detections, a fire unit for shots and their results.</summary>
    private static string? ActorId(SimulationWorld world, in SimEvent e) => e.Actor < 0 ? null : e.Kind switch
    {
        SimEventKind.Detection => world.Sensors[e.Actor].Id,
        SimEventKind.TrackStart or SimEventKind.TrackEnd => "track:" + e.Actor.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SimEventKind.Fire or SimEventKind.Intercept or SimEventKind.Miss or SimEventKind.MissileEnd => world.Scenario.FireUnits[e.Actor].Id,
        _ => null,
    };

    private static void Run(SqliteConnection c, SqliteTransaction tx, string sql, params object?[] values)
    {
        using var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        for (int k = 0; k < values.Length; k++) command.Parameters.AddWithValue("$" + (k + 1), values[k] ?? DBNull.Value);
        command.ExecuteNonQuery();
    }
}
