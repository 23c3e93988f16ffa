using Compliance.Cli.History;
using Compliance.Rules.Auditing;
using Compliance.Rules.Reading;

namespace Compliance.Cli.Monitoring;

/// <summary>
/// Told of every record the audit evaluates, in input order: stores it (replacing the stored copy of
/// its key) and counts what happened; told of every rejection, counts it. A record whose events
/// cannot be collected is reported and left out; it never ends the run.
/// </summary>
internal sealed class StoringObserver(HistoryStore store, RecordSummarizer summarizer, long runId, MonitorTotals totals) : IAuditObserver
{
    private readonly Dictionary<ParsedRecord, (byte[] Blob, long? RunId)> _pending = new(ReferenceEqualityComparer.Instance);

    /// <summary>Gives the compressed JSON of a record about to be evaluated, and for a rebuild the run that stored it.</summary>
    public void Expect(ParsedRecord record, byte[] blob, long? storedBy = null) => _pending[record] = (blob, storedBy);

    public void Evaluated(AuditedRecord record)
    {
        _pending.Remove(record.Input, out var pending);
        var ruleErrors = record.Evaluation.Errors.Count;
        StoredRecord stored;
        try
        {
            stored = summarizer.Summarize(record, pending.Blob ?? RecordBlob.Compress(record.Record));
        }
        catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException or OperationCanceledException))
        {
            totals.Defect(record.Source, record.Line, record.Record.CrimeRecordId, $"{e.GetType().Name} while collecting the record's events", ruleErrors);
            return;
        }

        if (pending.RunId is { } storedBy)
        {
            // A rebuild keeps the copy (and the run that stored it); only its events change.
            store.Put(stored, storedBy, reevaluated: true);
            totals.Reevaluated();
            return;
        }

        totals.Stored(store.Put(stored, runId), ruleErrors);
    }

    public void Rejected(Rejection rejection) => totals.Rejected(rejection);
}
