using Microsoft.Data.Sqlite;

namespace Compliance.Cli.History;

/// <summary>
/// The history store's tables and their version. The version is SQLite's <c>user_version</c>; the
/// <c>application_id</c> marks the file as a history store, so a database of something else is refused
/// rather than written into. Each step of <see cref="Steps"/> takes a store from one version to the
/// next, inside the run's transaction, so an older store is brought forward on its first run with a
/// newer tool and a newer store is refused by an older tool.
/// </summary>
internal static class HistorySchema
{
    /// <summary>"CMPH": the application id of a history store.</summary>
    public const int ApplicationId = 0x434D5048;

    /// <summary>The version this tool writes.</summary>
    public static int Current => Steps.Length;

    /// <summary>Step i takes a store from version i to version i + 1.</summary>
    private static readonly string[] Steps =
    [
        """
        -- One row per stored record: its key, what chooses its unit's peers, and its normalised JSON
        -- (Brotli-compressed) so that it can be evaluated again when the pack changes.
        CREATE TABLE records (
            id INTEGER PRIMARY KEY,
            force_code TEXT NOT NULL,
            crime_record_id TEXT NOT NULL,
            unit_id TEXT NOT NULL,
            unit_type TEXT,
            rape_record INTEGER NOT NULL,
            record BLOB NOT NULL,
            run_id INTEGER NOT NULL,
            source TEXT NOT NULL,
            line INTEGER NOT NULL,
            UNIQUE (force_code, crime_record_id));

        -- The detectors' tuples of each stored record (instants as UTC ticks).
        CREATE TABLE events (
            record_id INTEGER NOT NULL REFERENCES records (id),
            metric TEXT NOT NULL,
            at_ticks INTEGER NOT NULL,
            counted INTEGER NOT NULL,
            item_id TEXT NOT NULL);
        CREATE INDEX events_by_record ON events (record_id);

        -- One row per completed run.
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            as_of TEXT NOT NULL,
            started_at TEXT NOT NULL,
            tool_version TEXT NOT NULL,
            pack_id TEXT NOT NULL,
            pack_version TEXT NOT NULL,
            pack_sha256 TEXT NOT NULL,
            records_read INTEGER NOT NULL,
            records_rejected INTEGER NOT NULL,
            records_added INTEGER NOT NULL,
            records_replaced INTEGER NOT NULL,
            records_reevaluated INTEGER NOT NULL);

        -- What happened to the store itself: created, pack changed (a rebuild), migrated.
        CREATE TABLE history (
            run_id INTEGER NOT NULL,
            change TEXT NOT NULL,
            pack_id TEXT,
            pack_version TEXT,
            pack_sha256 TEXT,
            previous_pack_id TEXT,
            previous_pack_version TEXT,
            previous_pack_sha256 TEXT,
            schema_version INTEGER NOT NULL);

        -- The alerts of each run (new and known; withdrawn ones are those of the previous run not here).
        CREATE TABLE alerts (
            run_id INTEGER NOT NULL,
            unit_id TEXT NOT NULL,
            metric TEXT NOT NULL,
            episode_id TEXT NOT NULL,
            alarm_at_ticks INTEGER NOT NULL,
            onset_ticks INTEGER NOT NULL,
            baseline REAL NOT NULL,
            rate REAL NOT NULL,
            rate_low REAL NOT NULL,
            rate_high REAL NOT NULL,
            events INTEGER NOT NULL,
            count INTEGER NOT NULL,
            statistic REAL NOT NULL,
            threshold REAL NOT NULL,
            status TEXT NOT NULL);
        CREATE INDEX alerts_by_run ON alerts (run_id);

        -- The pack the stored tuples were evaluated with (one row).
        CREATE TABLE pack (
            id TEXT NOT NULL,
            version TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            policy TEXT);
        """,
    ];

    /// <summary>
    /// Brings the store to <see cref="Current"/>: creates it when empty, runs the missing steps when older.
    /// </summary>
    /// <returns>The version the store had (0 for a new store).</returns>
    /// <exception cref="HistoryStoreException">The file is not a history store, or a newer tool wrote it.</exception>
    public static int Migrate(SqliteConnection connection, SqliteTransaction transaction, string path)
    {
        var version = Scalar(connection, transaction, "PRAGMA user_version");
        var application = Scalar(connection, transaction, "PRAGMA application_id");
        var tables = Scalar(connection, transaction, "SELECT count(*) FROM sqlite_master");
        if (application != ApplicationId && (application != 0 || tables > 0))
        {
            throw new HistoryStoreException($"--history: {path} is an SQLite database but not a history store of this tool; name a new file or an existing store");
        }

        if (version > Current)
        {
            throw new HistoryStoreException($"--history: {path} has schema version {version}, written by a newer version of this tool (this one knows up to version {Current}); use that version or a new store");
        }

        for (var step = version; step < Current; step++)
        {
            Execute(connection, transaction, Steps[step]);
        }

        if (version < Current)
        {
            Execute(connection, transaction, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {Current};");
        }

        return (int)version;
    }

    private static long Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
