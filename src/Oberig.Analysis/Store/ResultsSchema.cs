namespace Oberig.Analysis.Store;

/// <summary>Tables of the results store. Documented for users in docs/RESULTS.md.</summary>
internal static class ResultsSchema
{
    public const string Ddl = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS run (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS replications (
            replication INTEGER PRIMARY KEY, simulated_s REAL NOT NULL, events INTEGER NOT NULL,
            total_damage REAL NOT NULL, interceptor_cost_eur REAL NOT NULL, threat_cost_eur REAL NOT NULL);
        CREATE TABLE IF NOT EXISTS threat_outcomes (
            replication INTEGER NOT NULL, threat_type TEXT NOT NULL, launched INTEGER NOT NULL, detected INTEGER NOT NULL,
            engaged INTEGER NOT NULL, destroyed INTEGER NOT NULL, leaked INTEGER NOT NULL, in_flight_at_end INTEGER NOT NULL,
            launched_cost_eur REAL NOT NULL, first_detection_delay_s REAL, first_detection_range_m REAL,
            missiles_fired INTEGER NOT NULL, gun_bursts INTEGER NOT NULL,
            PRIMARY KEY (replication, threat_type));
        CREATE TABLE IF NOT EXISTS interceptor_use (
            replication INTEGER NOT NULL, interceptor_type TEXT NOT NULL, fired INTEGER NOT NULL, cost_eur REAL NOT NULL,
            PRIMARY KEY (replication, interceptor_type));
        CREATE TABLE IF NOT EXISTS air_picture (
            replication INTEGER PRIMARY KEY, mean_gospa_m REAL NOT NULL, mean_ospa_m REAL NOT NULL, threats_tracked INTEGER NOT NULL,
            tracks_confirmed INTEGER NOT NULL, track_breaks INTEGER NOT NULL, identity_swaps INTEGER NOT NULL,
            mean_time_to_confirm_s REAL, covariance_repairs INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS asset_damage (
            replication INTEGER NOT NULL, asset_id TEXT NOT NULL, value_lost REAL NOT NULL, remaining_fraction REAL NOT NULL,
            PRIMARY KEY (replication, asset_id));
        CREATE TABLE IF NOT EXISTS threats (
            replication INTEGER NOT NULL, threat INTEGER NOT NULL, threat_id TEXT NOT NULL, raid TEXT NOT NULL,
            threat_type TEXT NOT NULL, launch_time_s REAL NOT NULL, launch_lat REAL NOT NULL, launch_lon REAL NOT NULL,
            final_status TEXT NOT NULL, PRIMARY KEY (replication, threat));
        CREATE TABLE IF NOT EXISTS events (
            replication INTEGER NOT NULL, seq INTEGER NOT NULL, time_s REAL NOT NULL, kind TEXT NOT NULL,
            threat_id TEXT, actor_id TEXT, lat REAL NOT NULL, lon REAL NOT NULL, alt_m REAL NOT NULL, value REAL NOT NULL,
            PRIMARY KEY (replication, seq));
        """;
}
