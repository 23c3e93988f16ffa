using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Records;

namespace Compliance.Cli.History;

/// <summary>
/// Evaluates records with the run's pack and as-of instant and turns each into what the store keeps:
/// its key, unit, whether it is a rape record, its compressed JSON and its monitoring events — the
/// same events an audit of the record would collect.
/// </summary>
internal sealed class RecordSummarizer : IDisposable
{
    private readonly IComplianceEngine _engine;
    private readonly DateTimeOffset _asOf;
    private readonly RulePackContext _context;
    private readonly MonitorCollector _events;

    public RecordSummarizer(IComplianceEngine engine, DateTimeOffset asOf)
    {
        _engine = engine;
        _asOf = asOf;
        _context = engine.Pack.CreateContext();
        _events = new MonitorCollector(engine.Pack, asOf);
    }

    /// <summary>Evaluates a batch (in parallel, as the engine does) and summarises each record, in order.</summary>
    /// <param name="batch">Records with where they were read from and their compressed JSON.</param>
    /// <returns>
    /// Per record, in order: its summary and its rule errors, or (summary null) why it could not be
    /// summarised — one such record is reported and left out; it never ends the run.
    /// </returns>
    public IReadOnlyList<(StoredRecord? Record, int RuleErrors, string? Defect)> Summarize(IReadOnlyList<(CrimeRecord Record, string Source, long Line, byte[] Blob)> batch)
    {
        var results = new List<(StoredRecord?, int, string?)>(batch.Count);
        if (batch.Count == 0)
        {
            return results;
        }

        using var evaluations = _engine.EvaluateMany(batch.Select(b => b.Record), _asOf, batch.Count).GetEnumerator();
        foreach (var (record, source, line, blob) in batch)
        {
            evaluations.MoveNext();
            var evaluation = evaluations.Current;
            try
            {
                results.Add((Summarize(record, evaluation, source, line, blob), evaluation.Errors.Count, null));
            }
            catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException or OperationCanceledException))
            {
                results.Add((null, evaluation.Errors.Count, $"{e.GetType().Name} while collecting the record's events"));
            }
        }

        return results;
    }

    public void Dispose() => _events.Dispose();

    private StoredRecord Summarize(CrimeRecord record, RecordEvaluation evaluation, string source, long line, byte[] blob)
    {
        var unitId = record.OwningUnit?.UnitId is { Length: > 0 } id ? id : AuditAccumulator.UnassignedUnit;
        var facts = new RecordFacts(record, _asOf, _context);
        return new StoredRecord(
            record.Force?.Code ?? string.Empty,
            record.CrimeRecordId,
            unitId,
            record.OwningUnit?.UnitType is { Length: > 0 } type ? type : null,
            facts.IsRapeRecord,
            blob,
            [.. _events.Extract(record, evaluation)],
            source,
            line);
    }
}
