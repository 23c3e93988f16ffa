using System.Globalization;
using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Incidents;
using Microsoft.Data.Sqlite;

namespace Compliance.Cli.History;

/// <summary>
/// The incident logs of the store: one row per key (<c>force.code</c>, <c>incidentId</c>), the crime
/// records each lists, its <c>unanswered-incident</c> event, and — for this run only, in SQLite's
/// temporary store rather than in memory — which incidents were judged in the run and which lost a
/// record that named them.
/// </summary>
internal sealed partial class HistoryStore
{
    private SqliteCommand? _findIncident;
    private SqliteCommand? _insertIncident;
    private SqliteCommand? _updateIncident;
    private SqliteCommand? _deleteIncidentLinks;
    private SqliteCommand? _insertIncidentLink;
    private SqliteCommand? _deleteIncidentEvents;
    private SqliteCommand? _insertIncidentEvent;
    private SqliteCommand? _markEvaluated;
    private SqliteCommand? _unlinked;
    private SqliteCommand? _recordsById;
    private SqliteCommand? _recordsNaming;
    private bool _runTables;

    /// <summary>
    /// Stores an incident, replacing the stored copy of its key, its links and its event; marks it
    /// judged in this run. A copy identical to the stored one keeps its row (only its event is written
    /// again, since its linked records may have changed), unless <paramref name="reevaluated"/>.
    /// </summary>
    /// <returns>What happened to the key.</returns>
    public PutResult PutIncident(StoredIncident incident, long runId, bool reevaluated = false)
    {
        RunTables();
        _findIncident ??= Prepare("SELECT id, incident FROM incidents WHERE force_code = $force AND incident_id = $id", "$force", "$id");
        _insertIncident ??= Prepare(
            """
            INSERT INTO incidents (force_code, incident_id, unit_id, unit_type, incident, run_id, source, line)
            VALUES ($force, $id, $unit, $type, $blob, $run, $source, $line) RETURNING id
            """,
            "$force", "$id", "$unit", "$type", "$blob", "$run", "$source", "$line");
        _updateIncident ??= Prepare(
            "UPDATE incidents SET unit_id = $unit, unit_type = $type, incident = $blob, run_id = $run, source = $source, line = $line WHERE id = $key",
            "$key", "$unit", "$type", "$blob", "$run", "$source", "$line");
        _deleteIncidentLinks ??= Prepare("DELETE FROM incident_links WHERE incident_row = $row", "$row");
        _insertIncidentLink ??= Prepare("INSERT INTO incident_links (incident_row, crime_record_id) VALUES ($row, $record)", "$row", "$record");
        _deleteIncidentEvents ??= Prepare("DELETE FROM incident_events WHERE incident_row = $row", "$row");
        _insertIncidentEvent ??= Prepare(
            "INSERT INTO incident_events (incident_row, metric, at_ticks, due_ticks, counted) VALUES ($row, $metric, $at, $due, $counted)",
            "$row", "$metric", "$at", "$due", "$counted");
        _markEvaluated ??= Prepare("INSERT OR IGNORE INTO temp.judged_incidents (row) VALUES ($row)", "$row");

        _findIncident.Parameters[0].Value = incident.ForceCode;
        _findIncident.Parameters[1].Value = incident.IncidentId;
        long? existing = null;
        var same = false;
        using (var reader = _findIncident.ExecuteReader())
        {
            if (reader.Read())
            {
                existing = reader.GetInt64(0);
                same = ((byte[])reader.GetValue(1)).AsSpan().SequenceEqual(incident.Blob);
            }
        }

        long row;
        if (existing is { } stored)
        {
            row = stored;
            if (reevaluated || !same)
            {
                var p = _updateIncident.Parameters;
                p[0].Value = row;
                BindIncident(p, 1, incident, runId);
                _updateIncident.ExecuteNonQuery();
                _deleteIncidentLinks.Parameters[0].Value = row;
                _deleteIncidentLinks.ExecuteNonQuery();
                InsertLinks(row, incident.LinkedCrimeRecordIds);
            }
        }
        else
        {
            var p = _insertIncident.Parameters;
            p[0].Value = incident.ForceCode;
            p[1].Value = incident.IncidentId;
            BindIncident(p, 2, incident, runId);
            row = Convert.ToInt64(_insertIncident.ExecuteScalar(), CultureInfo.InvariantCulture);
            InsertLinks(row, incident.LinkedCrimeRecordIds);
        }

        _deleteIncidentEvents.Parameters[0].Value = row;
        _deleteIncidentEvents.ExecuteNonQuery();
        if (incident.Event is { } e && incident.DueAt is { } due)
        {
            var q = _insertIncidentEvent.Parameters;
            q[0].Value = row;
            q[1].Value = MonitorMetrics.All[e.Metric];
            q[2].Value = e.AtUtcTicks;
            q[3].Value = due.UtcTicks;
            q[4].Value = e.Counted ? 1 : 0;
            _insertIncidentEvent.ExecuteNonQuery();
        }

        _markEvaluated.Parameters[0].Value = row;
        _markEvaluated.ExecuteNonQuery();
        return existing is null ? PutResult.Added : same && !reevaluated ? PutResult.Unchanged : PutResult.Replaced;
    }

    /// <summary>
    /// The stored records linked to an incident either way (it lists their id, or they name it), in
    /// store order: id, compressed JSON, source, line.
    /// </summary>
    public IReadOnlyList<(long Id, byte[] Blob, string Source, long Line)> LinkedRecords(IncidentLog incident)
    {
        _recordsById ??= Prepare("SELECT id, record, source, line FROM records WHERE crime_record_id = $id ORDER BY id", "$id");
        _recordsNaming ??= Prepare("SELECT id, record, source, line FROM records WHERE incident_id = $incident ORDER BY id", "$incident");
        var rows = new List<(long, byte[], string, long)>();
        foreach (var id in incident.LinkedCrimeRecordIds.Distinct(StringComparer.Ordinal))
        {
            _recordsById.Parameters[0].Value = id;
            ReadRecordRows(_recordsById, rows);
        }

        _recordsNaming.Parameters[0].Value = incident.IncidentId;
        ReadRecordRows(_recordsNaming, rows);
        return [.. rows.DistinctBy(r => r.Item1).OrderBy(r => r.Item1)];
    }

    /// <summary>
    /// A page of stored incidents to judge again in this run, in row order: not judged in it yet, and
    /// (unless <paramref name="all"/>) linked to a record this run added or changed, or named by a
    /// record whose new copy no longer names it. Row, compressed JSON, source, line, the run that stored it.
    /// </summary>
    public IReadOnlyList<(long Id, byte[] Blob, string Source, long Line, long RunId)> IncidentsToJudgeAgain(long runId, bool all, long afterId, int limit)
    {
        RunTables();
        using var command = Command(
            """
            SELECT i.id, i.incident, i.source, i.line, i.run_id FROM incidents i
            WHERE i.id > $after
              AND NOT EXISTS (SELECT 1 FROM temp.judged_incidents j WHERE j.row = i.id)
              AND ($all = 1
                OR EXISTS (SELECT 1 FROM incident_links l JOIN records r ON r.crime_record_id = l.crime_record_id WHERE l.incident_row = i.id AND r.run_id = $run)
                OR EXISTS (SELECT 1 FROM records r WHERE r.incident_id = i.incident_id AND r.run_id = $run)
                OR EXISTS (SELECT 1 FROM temp.unlinked_incidents u WHERE u.incident_id = i.incident_id))
            ORDER BY i.id LIMIT $limit
            """);
        command.Parameters.AddWithValue("$after", afterId);
        command.Parameters.AddWithValue("$all", all ? 1 : 0);
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$limit", limit);
        return ReadPage(command, limit);
    }

    /// <summary>Whether the store's history includes incident logs: one is stored, or a run was given <c>--incidents</c>.</summary>
    public bool HoldsIncidentHistory()
    {
        using var command = Command("SELECT EXISTS (SELECT 1 FROM incidents) OR EXISTS (SELECT 1 FROM runs WHERE incidents_given = 1)");
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) != 0;
    }

    /// <summary>
    /// Adds each incident unit's incidents, unit types and events due at the as-of instant to a
    /// replay (what chooses the peers of <c>unanswered-incident</c>), then every such event.
    /// </summary>
    public void ReadIncidents(MonitorReplay replay, DateTimeOffset asOf)
    {
        using (var units = Command(
            """
            SELECT i.unit_id, i.unit_type, count(*), count(e.incident_row) FROM incidents i
            LEFT JOIN incident_events e ON e.incident_row = i.id AND e.due_ticks <= $asOf
            GROUP BY i.unit_id, i.unit_type ORDER BY i.unit_id, i.unit_type
            """))
        {
            units.Parameters.AddWithValue("$asOf", asOf.UtcTicks);
            using var reader = units.ExecuteReader();
            while (reader.Read())
            {
                replay.AddIncidents(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3));
            }
        }

        var metrics = MonitorMetrics.All.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i, StringComparer.Ordinal);
        using var events = Command(
            """
            SELECT i.unit_id, e.metric, e.at_ticks, e.counted, i.incident_id
            FROM incident_events e JOIN incidents i ON i.id = e.incident_row WHERE e.due_ticks <= $asOf
            """);
        events.Parameters.AddWithValue("$asOf", asOf.UtcTicks);
        using var rows = events.ExecuteReader();
        while (rows.Read())
        {
            if (metrics.TryGetValue(rows.GetString(1), out var metric))
            {
                replay.AddEvent(new MonitorEvent(rows.GetString(0), metric, rows.GetInt64(2), rows.GetInt64(3) != 0, rows.GetString(4), string.Empty));
            }
        }
    }

    /// <summary>Notes that a record's new copy no longer names an incident: that incident is judged again in this run.</summary>
    private void Unlinked(string incidentId)
    {
        RunTables();
        _unlinked ??= Prepare("INSERT INTO temp.unlinked_incidents (incident_id) VALUES ($id)", "$id");
        _unlinked.Parameters[0].Value = incidentId;
        _unlinked.ExecuteNonQuery();
    }

    /// <summary>This run's bookkeeping tables, in SQLite's temporary store (gone with the connection).</summary>
    private void RunTables()
    {
        if (_runTables)
        {
            return;
        }

        using var command = Command(
            """
            CREATE TEMP TABLE IF NOT EXISTS judged_incidents (row INTEGER PRIMARY KEY);
            CREATE TEMP TABLE IF NOT EXISTS unlinked_incidents (incident_id TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS temp.unlinked_by_id ON unlinked_incidents (incident_id);
            """);
        command.ExecuteNonQuery();
        _runTables = true;
    }

    private void InsertLinks(long row, IReadOnlyList<string> crimeRecordIds)
    {
        foreach (var id in crimeRecordIds)
        {
            _insertIncidentLink!.Parameters[0].Value = row;
            _insertIncidentLink.Parameters[1].Value = id;
            _insertIncidentLink.ExecuteNonQuery();
        }
    }

    private static void BindIncident(SqliteParameterCollection p, int first, StoredIncident incident, long runId)
    {
        var i = first;
        p[i++].Value = incident.UnitId;
        p[i++].Value = (object?)incident.UnitType ?? DBNull.Value;
        p[i++].Value = incident.Blob;
        p[i++].Value = runId;
        p[i++].Value = incident.Source;
        p[i].Value = incident.Line;
    }

    private static void ReadRecordRows(SqliteCommand command, List<(long, byte[], string, long)> rows)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), (byte[])reader.GetValue(1), reader.GetString(2), reader.GetInt64(3)));
        }
    }

    private void DisposeIncidentCommands()
    {
        foreach (var command in new[] { _findIncident, _insertIncident, _updateIncident, _deleteIncidentLinks, _insertIncidentLink, _deleteIncidentEvents, _insertIncidentEvent, _markEvaluated, _unlinked, _recordsById, _recordsNaming })
        {
            command?.Dispose();
        }
    }
}
