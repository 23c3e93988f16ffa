using System.Globalization;
using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Monitoring;
using Microsoft.Data.Sqlite;

namespace Compliance.Cli.History;

/// <summary>
/// One run's hold on the history store: a single SQLite write transaction, begun (after waiting for
/// any other run to finish) when the store is opened and committed only by <see cref="Commit"/>. A
/// run that fails or is interrupted disposes the store without committing, and SQLite rolls every
/// change back, so the store is as it was before the run.
/// </summary>
/// <remarks>
/// The transaction is <c>BEGIN IMMEDIATE</c>: the write lock is taken at the start, so two runs never
/// both read the store and then race to write it; the second waits for the lock (SQLite's busy wait)
/// up to <see cref="DefaultLockWait"/>, then gives up with a <see cref="HistoryStoreException"/>.
/// The database uses SQLite's default rollback journal, whose locks need a local file system.
/// </remarks>
internal sealed partial class HistoryStore : IDisposable
{
    /// <summary>How long a run waits for another run's lock.</summary>
    public static readonly TimeSpan DefaultLockWait = TimeSpan.FromSeconds(30);

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private SqliteCommand? _find;
    private SqliteCommand? _holds;
    private SqliteCommand? _insert;
    private SqliteCommand? _update;
    private SqliteCommand? _deleteEvents;
    private SqliteCommand? _insertEvent;
    private bool _committed;

    private HistoryStore(SqliteConnection connection, SqliteTransaction transaction, int previousVersion)
    {
        _connection = connection;
        _transaction = transaction;
        PreviousSchemaVersion = previousVersion;
    }

    /// <summary>The schema version the store had before this run (0: created by this run).</summary>
    public int PreviousSchemaVersion { get; }

    /// <summary>Whether the store was created by this run.</summary>
    public bool IsNew => PreviousSchemaVersion == 0;

    /// <summary>Opens (or creates) the store and takes its write lock, waiting up to <paramref name="lockWait"/>.</summary>
    /// <param name="path">The store's file.</param>
    /// <param name="lockWait">How long to wait for another run's lock.</param>
    /// <param name="cancellationToken">Stops the wait (a signal): <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="HistoryStoreException">In use past the wait, not a store, or from a newer tool.</exception>
    public static HistoryStore Open(string path, TimeSpan lockWait, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = LockAttemptSeconds,
        };
        var connection = new SqliteConnection(builder.ToString());
        SqliteTransaction? transaction = null;
        try
        {
            connection.Open();
            transaction = Begin(connection, path, lockWait, cancellationToken);

            // Once the lock is held nothing else should be busy; a reader that keeps the file open
            // (an SQLite client) may still delay the commit, which then waits as long as the lock did.
            connection.DefaultTimeout = Math.Max(1, (int)Math.Ceiling(lockWait.TotalSeconds));
            var version = HistorySchema.Migrate(connection, transaction, path);
            return new HistoryStore(connection, transaction, version);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 /* SQLITE_NOTADB */)
        {
            Close(connection, transaction);
            throw new HistoryStoreException($"--history: {path} is not an SQLite database (a history store); name a new file or an existing store");
        }
        catch
        {
            Close(connection, transaction);
            throw;
        }
    }

    /// <summary>Seconds SQLite's busy handler retries per attempt to take the lock; between attempts a signal is heard.</summary>
    private const int LockAttemptSeconds = 1;

    /// <summary>Begins the write transaction, retrying while another run holds the lock, up to the wait.</summary>
    private static SqliteTransaction Begin(SqliteConnection connection, string path, TimeSpan lockWait, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return connection.BeginTransaction(deferred: false);
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6 /* SQLITE_BUSY, SQLITE_LOCKED */)
            {
                if (started.Elapsed >= lockWait)
                {
                    throw new HistoryStoreException($"--history: history store in use: {path} is locked by another run (waited {lockWait.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s); try again when it has finished");
                }
            }
        }
    }

    /// <summary>The pack the stored tuples were evaluated with; null for a new store.</summary>
    public StoredPack? ReadPack()
    {
        using var command = Command("SELECT id, version, sha256, policy FROM pack LIMIT 1");
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StoredPack(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)) : null;
    }

    /// <summary>Records the pack the tuples are now evaluated with.</summary>
    public void WritePack(StoredPack pack)
    {
        using (var delete = Command("DELETE FROM pack"))
        {
            delete.ExecuteNonQuery();
        }

        using var command = Command("INSERT INTO pack (id, version, sha256, policy) VALUES ($id, $version, $sha, $policy)");
        command.Parameters.AddWithValue("$id", pack.Id);
        command.Parameters.AddWithValue("$version", pack.Version);
        command.Parameters.AddWithValue("$sha", pack.Sha256);
        command.Parameters.AddWithValue("$policy", (object?)pack.Policy ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    /// <summary>The id the next run gets (the store's runs are numbered 1, 2, …).</summary>
    public long NextRunId()
    {
        using var command = Command("SELECT coalesce(max(id), 0) + 1 FROM runs");
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Stores a record, replacing the stored copy of the same key and its events. A copy identical to
    /// the stored one (same normalised JSON) is left as it is, unless <paramref name="reevaluated"/>:
    /// loading the same export twice changes nothing.
    /// </summary>
    /// <returns>What happened to the key.</returns>
    public PutResult Put(StoredRecord record, long runId, bool reevaluated = false)
    {
        _find ??= Prepare("SELECT id, record, incident_id FROM records WHERE force_code = $force AND crime_record_id = $id", "$force", "$id");
        _insert ??= Prepare(
            """
            INSERT INTO records (force_code, crime_record_id, unit_id, unit_type, rape_record, record, run_id, source, line, incident_id)
            VALUES ($force, $id, $unit, $type, $rape, $blob, $run, $source, $line, $incident) RETURNING id
            """,
            "$force", "$id", "$unit", "$type", "$rape", "$blob", "$run", "$source", "$line", "$incident");
        _update ??= Prepare(
            """
            UPDATE records SET unit_id = $unit, unit_type = $type, rape_record = $rape, record = $blob, run_id = $run, source = $source, line = $line, incident_id = $incident
            WHERE id = $key
            """,
            "$key", "$unit", "$type", "$rape", "$blob", "$run", "$source", "$line", "$incident");
        _deleteEvents ??= Prepare("DELETE FROM events WHERE record_id = $record", "$record");
        _insertEvent ??= Prepare("INSERT INTO events (record_id, metric, at_ticks, counted, item_id) VALUES ($record, $metric, $at, $counted, $item)", "$record", "$metric", "$at", "$counted", "$item");

        _find.Parameters[0].Value = record.ForceCode;
        _find.Parameters[1].Value = record.CrimeRecordId;
        long? existing = null;
        using (var reader = _find.ExecuteReader())
        {
            if (reader.Read())
            {
                existing = reader.GetInt64(0);
                if (!reevaluated && ((byte[])reader.GetValue(1)).AsSpan().SequenceEqual(record.Blob))
                {
                    return PutResult.Unchanged;
                }

                // The incident the old copy named loses its link: it is judged again after this run's records.
                if (!reader.IsDBNull(2) && reader.GetString(2) is var named && named != record.IncidentId)
                {
                    Unlinked(named);
                }
            }
        }

        long id;
        if (existing is { } row)
        {
            id = row;
            Bind(_update, id, record, runId);
            _update.ExecuteNonQuery();
            _deleteEvents.Parameters[0].Value = id;
            _deleteEvents.ExecuteNonQuery();
        }
        else
        {
            _insert.Parameters[0].Value = record.ForceCode;
            _insert.Parameters[1].Value = record.CrimeRecordId;
            Bind(_insert, null, record, runId);
            id = Convert.ToInt64(_insert.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        InsertEvents(id, record.Events);
        return existing is null ? PutResult.Added : PutResult.Replaced;
    }

    /// <summary>Whether the stored copy of a key is exactly this compressed record.</summary>
    public bool Holds(string forceCode, string crimeRecordId, byte[] blob)
    {
        _holds ??= Prepare("SELECT record FROM records WHERE force_code = $force AND crime_record_id = $id", "$force", "$id");
        _holds.Parameters[0].Value = forceCode;
        _holds.Parameters[1].Value = crimeRecordId;
        return _holds.ExecuteScalar() is byte[] stored && stored.AsSpan().SequenceEqual(blob);
    }

    private void InsertEvents(long id, IReadOnlyList<MonitorEvent> events)
    {
        foreach (var e in events)
        {
            var q = _insertEvent!.Parameters;
            q[0].Value = id;
            q[1].Value = MonitorMetrics.All[e.Metric];
            q[2].Value = e.AtUtcTicks;
            q[3].Value = e.Counted ? 1 : 0;
            q[4].Value = e.ItemId;
            _insertEvent.ExecuteNonQuery();
        }
    }

    /// <summary>Binds the columns after the key: the first two parameters of insert are the key, of update the row id.</summary>
    private static void Bind(SqliteCommand command, long? rowId, StoredRecord record, long runId)
    {
        var p = command.Parameters;
        var i = 2;
        if (rowId is { } row)
        {
            p[0].Value = row;
            i = 1;
        }

        p[i++].Value = record.UnitId;
        p[i++].Value = (object?)record.UnitType ?? DBNull.Value;
        p[i++].Value = record.RapeRecord ? 1 : 0;
        p[i++].Value = record.Blob;
        p[i++].Value = runId;
        p[i++].Value = record.Source;
        p[i++].Value = record.Line;
        p[i].Value = (object?)record.IncidentId ?? DBNull.Value;
    }

    /// <summary>A page of stored records in id order, for evaluating them again: id, blob, source, line, run.</summary>
    public IReadOnlyList<(long Id, byte[] Blob, string Source, long Line, long RunId)> ReadRecords(long afterId, int limit)
    {
        using var command = Command("SELECT id, record, source, line, run_id FROM records WHERE id > $after ORDER BY id LIMIT $limit");
        command.Parameters.AddWithValue("$after", afterId);
        command.Parameters.AddWithValue("$limit", limit);
        return ReadPage(command, limit);
    }

    /// <summary>The rows of a page query whose columns are id, blob, source, line and run (records' and incidents' alike).</summary>
    private static List<(long Id, byte[] Blob, string Source, long Line, long RunId)> ReadPage(SqliteCommand command, int limit)
    {
        using var reader = command.ExecuteReader();
        var page = new List<(long, byte[], string, long, long)>(limit);
        while (reader.Read())
        {
            page.Add((reader.GetInt64(0), (byte[])reader.GetValue(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4)));
        }

        return page;
    }

    /// <summary>Adds every stored event dated up to <paramref name="asOf"/> to a replay of the detectors.</summary>
    public void ReadEvents(MonitorReplay replay, DateTimeOffset asOf)
    {
        var metrics = MonitorMetrics.All.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i, StringComparer.Ordinal);
        using var command = Command(
            """
            SELECT r.unit_id, e.metric, e.at_ticks, e.counted, r.crime_record_id, e.item_id
            FROM events e JOIN records r ON r.id = e.record_id WHERE e.at_ticks <= $asOf
            """);
        command.Parameters.AddWithValue("$asOf", asOf.UtcTicks);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // A metric this tool no longer knows (stored by another version) is not monitored.
            if (metrics.TryGetValue(reader.GetString(1), out var metric))
            {
                replay.AddEvent(new MonitorEvent(reader.GetString(0), metric, reader.GetInt64(2), reader.GetInt64(3) != 0, reader.GetString(4), reader.GetString(5)));
            }
        }
    }

    /// <summary>Adds each unit's records, rape records and unit types to a replay: what chooses its peers, as an audit of the stored records would.</summary>
    public void ReadUnits(MonitorReplay replay)
    {
        using var command = Command("SELECT unit_id, unit_type, count(*), sum(rape_record) FROM records GROUP BY unit_id, unit_type ORDER BY unit_id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            replay.AddRecords(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3));
        }
    }

    /// <summary>The store's records and incidents and the span of their events up to the as-of instant.</summary>
    public HistorySummary Summary(DateTimeOffset asOf)
    {
        using var count = Command("SELECT count(*) FROM records");
        var records = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        using var incidents = Command("SELECT count(*) FROM incidents");
        var incidentCount = Convert.ToInt64(incidents.ExecuteScalar(), CultureInfo.InvariantCulture);
        using var span = Command(
            """
            SELECT min(at), max(at) FROM (
                SELECT at_ticks AS at FROM events WHERE at_ticks <= $asOf
                UNION ALL SELECT at_ticks FROM incident_events WHERE due_ticks <= $asOf)
            """);
        span.Parameters.AddWithValue("$asOf", asOf.UtcTicks);
        using var reader = span.ExecuteReader();
        reader.Read();
        DateTimeOffset? At(int column) => reader.IsDBNull(column) ? null : new DateTimeOffset(reader.GetInt64(column), TimeSpan.Zero);
        return new HistorySummary(records, At(0), At(1)) { Incidents = incidentCount };
    }

    /// <summary>The last completed run's id; null when none.</summary>
    public long? LastRunId()
    {
        using var command = Command("SELECT max(id) FROM runs");
        return command.ExecuteScalar() is long id ? id : null;
    }

    /// <summary>The alerts a run kept (its new and known alerts).</summary>
    public IReadOnlyList<MonitorAlert> AlertsOf(long runId)
    {
        using var command = Command(
            """
            SELECT unit_id, metric, episode_id, alarm_at_ticks, onset_ticks, baseline, rate, rate_low, rate_high, events, count, statistic, threshold
            FROM alerts WHERE run_id = $run ORDER BY rowid
            """);
        command.Parameters.AddWithValue("$run", runId);
        using var reader = command.ExecuteReader();
        var alerts = new List<MonitorAlert>();
        while (reader.Read())
        {
            alerts.Add(new MonitorAlert(
                reader.GetString(0), reader.GetString(1), reader.GetString(2),
                new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero), new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero),
                reader.GetDouble(5), reader.GetDouble(6), reader.GetDouble(7), reader.GetDouble(8),
                reader.GetInt64(9), reader.GetInt64(10), reader.GetDouble(11), reader.GetDouble(12)));
        }

        return alerts;
    }

    /// <summary>Records a completed run and the alerts it raised or still has.</summary>
    public void SaveRun(HistoryRun run, IEnumerable<StatusedAlert> alerts)
    {
        using (var command = Command(
            """
            INSERT INTO runs (id, as_of, started_at, tool_version, pack_id, pack_version, pack_sha256, records_read, records_rejected, records_added, records_replaced, records_reevaluated,
                incidents_given, incidents_read, incidents_rejected, incidents_added, incidents_replaced, incidents_reevaluated)
            VALUES ($id, $asOf, $started, $tool, $packId, $packVersion, $sha, $read, $rejected, $added, $replaced, $reevaluated,
                $incidentsGiven, $incidentsRead, $incidentsRejected, $incidentsAdded, $incidentsReplaced, $incidentsReevaluated)
            """))
        {
            var incidents = run.Incidents;
            command.Parameters.AddWithValue("$incidentsGiven", run.IncidentsGiven ? 1 : 0);
            command.Parameters.AddWithValue("$incidentsRead", incidents.Read);
            command.Parameters.AddWithValue("$incidentsRejected", incidents.Rejected);
            command.Parameters.AddWithValue("$incidentsAdded", incidents.Added);
            command.Parameters.AddWithValue("$incidentsReplaced", incidents.Replaced);
            command.Parameters.AddWithValue("$incidentsReevaluated", incidents.Reevaluated);
            command.Parameters.AddWithValue("$id", run.Id);
            command.Parameters.AddWithValue("$asOf", Rules.Records.StrictTimestampConverter.Format(run.AsOf));
            command.Parameters.AddWithValue("$started", Rules.Records.StrictTimestampConverter.Format(run.StartedAt));
            command.Parameters.AddWithValue("$tool", ToolVersion);
            command.Parameters.AddWithValue("$packId", run.Pack.Id);
            command.Parameters.AddWithValue("$packVersion", run.Pack.Version);
            command.Parameters.AddWithValue("$sha", run.Pack.Sha256);
            command.Parameters.AddWithValue("$read", run.RecordsRead);
            command.Parameters.AddWithValue("$rejected", run.RecordsRejected);
            command.Parameters.AddWithValue("$added", run.RecordsAdded);
            command.Parameters.AddWithValue("$replaced", run.RecordsReplaced);
            command.Parameters.AddWithValue("$reevaluated", run.RecordsReevaluated);
            command.ExecuteNonQuery();
        }

        using var insert = Prepare(
            """
            INSERT INTO alerts (run_id, unit_id, metric, episode_id, alarm_at_ticks, onset_ticks, baseline, rate, rate_low, rate_high, events, count, statistic, threshold, status)
            VALUES ($run, $unit, $metric, $episode, $alarm, $onset, $baseline, $rate, $low, $high, $events, $count, $statistic, $threshold, $status)
            """,
            "$run", "$unit", "$metric", "$episode", "$alarm", "$onset", "$baseline", "$rate", "$low", "$high", "$events", "$count", "$statistic", "$threshold", "$status");
        foreach (var (alert, status) in alerts.Where(a => a.Status != AlertStatus.Withdrawn).Select(a => (a.Alert, a.StatusName)))
        {
            object[] values =
            [
                run.Id, alert.UnitId, alert.Metric, alert.EpisodeId, alert.AlarmAt.UtcTicks, alert.OnsetEstimate.UtcTicks, alert.Baseline,
                alert.RateSinceOnset, alert.RateLow, alert.RateHigh, alert.Events, alert.Count, alert.Statistic, alert.Threshold, status,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                insert.Parameters[i].Value = values[i];
            }

            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Records a change of the store itself: <c>created</c>, <c>pack-changed</c> (a rebuild) or <c>migrated</c>.</summary>
    public void AddHistory(long runId, string change, StoredPack? pack, StoredPack? previous)
    {
        using var command = Command(
            """
            INSERT INTO history (run_id, change, pack_id, pack_version, pack_sha256, previous_pack_id, previous_pack_version, previous_pack_sha256, schema_version)
            VALUES ($run, $change, $id, $version, $sha, $pid, $pversion, $psha, $schema)
            """);
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$change", change);
        command.Parameters.AddWithValue("$id", (object?)pack?.Id ?? DBNull.Value);
        command.Parameters.AddWithValue("$version", (object?)pack?.Version ?? DBNull.Value);
        command.Parameters.AddWithValue("$sha", (object?)pack?.Sha256 ?? DBNull.Value);
        command.Parameters.AddWithValue("$pid", (object?)previous?.Id ?? DBNull.Value);
        command.Parameters.AddWithValue("$pversion", (object?)previous?.Version ?? DBNull.Value);
        command.Parameters.AddWithValue("$psha", (object?)previous?.Sha256 ?? DBNull.Value);
        command.Parameters.AddWithValue("$schema", HistorySchema.Current);
        command.ExecuteNonQuery();
    }

    private static string ToolVersion => typeof(HistoryStore).Assembly.GetName().Version?.ToString() ?? "unknown";

    public void Dispose()
    {
        _find?.Dispose();
        _holds?.Dispose();
        _insert?.Dispose();
        _update?.Dispose();
        _deleteEvents?.Dispose();
        _insertEvent?.Dispose();
        DisposeIncidentCommands();
        Close(_connection, _committed ? null : _transaction);
    }

    public void Commit()
    {
        _transaction.Commit();
        _committed = true;
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = Command(sql);
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Close(SqliteConnection connection, SqliteTransaction? transaction)
    {
        try
        {
            transaction?.Rollback();
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
            // The connection is closing anyway: SQLite rolls back what was not committed.
        }

        transaction?.Dispose();
        connection.Dispose();
    }
}
