using Compliance.Cli.Auditing;
using Compliance.Cli.History;
using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Incidents;
using Compliance.Rules.Incidents.Evaluation;
using Compliance.Rules.Reading;

namespace Compliance.Cli.Monitoring;

/// <summary>
/// Puts incident logs into the store once this run's records are in it: each input incident, judged
/// with the stored records linked to it (either way) and replacing the stored copy of its key (so the
/// copy read last wins, across runs and within one); then every stored incident linked to a record
/// this run added or changed (on a rebuild, every stored incident), judged again. A batch at a time:
/// memory holds a batch of incidents and their linked records, never the store's incidents.
/// </summary>
/// <remarks>
/// Linked records are evaluated again (at the run's as-of, with its pack), as the audit evaluates
/// them, rather than their link facts being stored: a record's link facts then always follow the
/// pack the store holds, at the cost of one record evaluation per link judged.
/// </remarks>
internal sealed class IncidentLoader(HistoryStore store, IComplianceEngine engine, MonitorReplay replay, long runId, DateTimeOffset asOf, MonitorTotals totals, CancellationToken interruption)
{
    private IncidentEvaluator? _evaluator;

    /// <summary>Judges and stores the input incidents, in input order; rejections are counted.</summary>
    public void Load(IEnumerable<ReadResult> input)
    {
        var batch = new List<(ParsedIncident Incident, long? StoredBy)>(ComplianceAudit.DefaultBatchSize);
        foreach (var result in input)
        {
            if (result is Rejection rejection)
            {
                totals.IncidentRejected(rejection);
                continue;
            }

            batch.Add(((ParsedIncident)result, null));
            if (batch.Count == ComplianceAudit.DefaultBatchSize)
            {
                Judge(batch);
                batch.Clear();
            }
        }

        Judge(batch);
    }

    /// <summary>
    /// Judges again the stored incidents this run has not judged that are linked to a record it added
    /// or changed, or (<paramref name="all"/>: a rebuild) every one.
    /// </summary>
    public void JudgeAgain(bool all)
    {
        long after = 0;
        while (true)
        {
            var page = store.IncidentsToJudgeAgain(runId, all, after, ComplianceAudit.DefaultBatchSize);
            if (page.Count == 0)
            {
                return;
            }

            after = page[^1].Id;
            Judge([.. page.Select(p => (new ParsedIncident(IncidentBlob.Decompress(p.Blob), p.Source, p.Line), (long?)p.RunId))]);
        }
    }

    private void Judge(List<(ParsedIncident Incident, long? StoredBy)> batch)
    {
        interruption.ThrowIfCancellationRequested();
        if (batch.Count == 0)
        {
            return;
        }

        _evaluator ??= new IncidentEvaluator(engine);
        var rows = batch.Select(b => store.LinkedRecords(b.Incident.Incident)).ToArray();
        var distinct = rows.SelectMany(r => r).DistinctBy(r => r.Id).ToArray();
        var records = distinct.Select(r => RecordBlob.Decompress(r.Blob)).ToArray();
        var audited = new Dictionary<long, AuditedRecord>(distinct.Length);
        var i = 0;
        foreach (var evaluation in engine.EvaluateMany(records, asOf))
        {
            var row = distinct[i];
            audited[row.Id] = new AuditedRecord(new ParsedRecord(records[i], row.Source, row.Line), evaluation);
            i++;
        }

        for (var n = 0; n < batch.Count; n++)
        {
            var (parsed, storedBy) = batch[n];
            var incident = parsed.Incident;
            MonitoredIncident monitored;
            try
            {
                monitored = replay.SummarizeIncident(_evaluator, incident, rows[n].Select(r => audited[r.Id]));
            }
            catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException or OperationCanceledException))
            {
                // One incident never ends the run: it is listed, and not stored (a stored copy stays as it was).
                totals.IncidentDefect(parsed.Source, parsed.Line, incident.IncidentId, $"{e.GetType().Name} while collecting the incident's monitoring event", input: storedBy is null);
                continue;
            }

            var stored = new StoredIncident(
                incident.Force?.Code ?? string.Empty,
                incident.IncidentId,
                monitored.UnitId,
                monitored.UnitType,
                IncidentBlob.Compress(incident),
                [.. incident.LinkedCrimeRecordIds.Distinct(StringComparer.Ordinal)],
                monitored.Event,
                monitored.DueAt,
                parsed.Source,
                parsed.Line);
            if (storedBy is { } by)
            {
                // Judged again: the copy (and the run that stored it) stays; its event may change.
                store.PutIncident(stored, by, reevaluated: true);
                totals.IncidentReevaluated();
            }
            else
            {
                totals.IncidentStored(store.PutIncident(stored, runId));
            }
        }
    }
}
