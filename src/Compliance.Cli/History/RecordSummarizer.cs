using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs;

namespace Compliance.Cli.History;

/// <summary>
/// Turns an audited record (evaluated with the run's pack and as-of instant) into what the store
/// keeps: its key, unit, whether it is a rape record, its compressed JSON and its monitoring events
/// — the events an audit of the record collects.
/// </summary>
internal sealed class RecordSummarizer : IDisposable
{
    private readonly DateTimeOffset _asOf;
    private readonly RulePackContext _context;
    private readonly MonitorCollector _events;

    public RecordSummarizer(RulePack pack, DateTimeOffset asOf)
    {
        _asOf = asOf;
        _context = pack.CreateContext();
        _events = new MonitorCollector(pack, asOf);
    }

    /// <summary>The record's summary.</summary>
    /// <param name="audited">The record and its evaluation.</param>
    /// <param name="blob">Its compressed JSON.</param>
    /// <returns>The summary.</returns>
    public StoredRecord Summarize(AuditedRecord audited, byte[] blob)
    {
        var record = audited.Record;
        var facts = new RecordFacts(record, _asOf, _context);
        return new StoredRecord(
            record.Force?.Code ?? string.Empty,
            record.CrimeRecordId,
            audited.UnitId,
            record.OwningUnit?.UnitType is { Length: > 0 } type ? type : null,
            facts.IsRapeRecord,
            blob,
            [.. _events.Extract(record, audited.Evaluation)],
            audited.Source,
            audited.Line);
    }

    public void Dispose() => _events.Dispose();
}
