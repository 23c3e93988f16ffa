using Compliance.Rules.Auditing;

namespace Compliance.Cli.History;

/// <summary>
/// Turns an audited record (evaluated with the run's pack and as-of instant) into what the store
/// keeps: its key, its compressed JSON, and what monitoring needs of it (unit, unit type, whether it
/// is a rape record, its events), as the library's <see cref="MonitorReplay"/> summarizes it.
/// </summary>
internal sealed class RecordSummarizer(MonitorReplay replay)
{
    /// <summary>The record's summary.</summary>
    /// <param name="audited">The record and its evaluation.</param>
    /// <param name="blob">Its compressed JSON.</param>
    /// <returns>The summary.</returns>
    public StoredRecord Summarize(AuditedRecord audited, byte[] blob)
    {
        var monitored = replay.Summarize(audited);
        return new StoredRecord(
            audited.Record.Force?.Code ?? string.Empty,
            audited.Record.CrimeRecordId,
            monitored.UnitId,
            monitored.UnitType,
            monitored.IsRapeRecord,
            blob,
            monitored.Events,
            audited.Source,
            audited.Line,
            audited.Record.Incident.IncidentId);
    }
}
