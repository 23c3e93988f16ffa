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
        """
        -- Incident logs (schema version 2). A record names its incident (incident.incidentId): kept
        -- beside the record so that the incidents a record links to are found without reading it.
        ALTER TABLE records ADD COLUMN incident_id TEXT;
        CREATE INDEX records_by_incident ON records (incident_id) WHERE incident_id IS NOT NULL;
        CREATE INDEX records_by_id ON records (crime_record_id);
        CREATE INDEX records_by_run ON records (run_id);

        -- One row per stored incident log: its key, its unit, and its normalised JSON (Brotli) so that
        -- it can be judged again when a linked record changes or the pack changes.
        CREATE TABLE incidents (
            id INTEGER PRIMARY KEY,
            force_code TEXT NOT NULL,
            incident_id TEXT NOT NULL,
            unit_id TEXT NOT NULL,
            unit_type TEXT,
            incident BLOB NOT NULL,
            run_id INTEGER NOT NULL,
            source TEXT NOT NULL,
            line INTEGER NOT NULL,
            UNIQUE (force_code, incident_id));
        CREATE INDEX incidents_by_id ON incidents (incident_id);

        -- The crime records each incident lists (linkedCrimeRecordIds).
        CREATE TABLE incident_links (
            incident_row INTEGER NOT NULL REFERENCES incidents (id),
            crime_record_id TEXT NOT NULL);
        CREATE INDEX incident_links_by_incident ON incident_links (incident_row);
        CREATE INDEX incident_links_by_record ON incident_links (crime_record_id);

        -- The monitoring event of each stored incident (unanswered-incident), with the instant it is
        -- due (closure plus the recording limit): a run counts it only when that is not after its as-of.
        CREATE TABLE incident_events (
            incident_row INTEGER NOT NULL REFERENCES incidents (id),
            metric TEXT NOT NULL,
            at_ticks INTEGER NOT NULL,
            due_ticks INTEGER NOT NULL,
            counted INTEGER NOT NULL);
        CREATE INDEX incident_events_by_incident ON incident_events (incident_row);

        -- What each run did with incident logs; incidents_given: the run was given --incidents.
        ALTER TABLE runs ADD COLUMN incidents_given INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE runs ADD COLUMN incidents_read INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE runs ADD COLUMN incidents_rejected INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE runs ADD COLUMN incidents_added INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE runs ADD COLUMN incidents_replaced INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE runs ADD COLUMN incidents_reevaluated INTEGER NOT NULL DEFAULT 0;
        """,
    ];

    /// <summary>
    /// Work a step needs beyond SQL, run right after it: step 2 fills <c>records.incident_id</c> of the
    /// records a version-1 store holds, from their stored JSON.
    /// </summary>
    private static readonly Action<SqliteConnection, SqliteTransaction>?[] Fills =
    [
        null,
        RecordIncidentFill.Run,
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
            Fills[step]?.Invoke(connection, transaction);
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
