using Compliance.Rules.Auditing.Monitoring;

namespace Compliance.Cli.History;

/// <summary>What the store keeps of one evaluated record.</summary>
/// <param name="ForceCode">The record's <c>force.code</c> (empty when the record has none): with the id, its key.</param>
/// <param name="CrimeRecordId">The record's <c>crimeRecordId</c>.</param>
/// <param name="UnitId">The owning unit (as the audit names it).</param>
/// <param name="UnitType">The owning unit's type, if given.</param>
/// <param name="RapeRecord">Whether it is a rape record (the peers of a unit depend on it).</param>
/// <param name="Blob">Its normalised, compressed JSON.</param>
/// <param name="Events">Its monitoring events.</param>
/// <param name="Source">The input it was read from.</param>
/// <param name="Line">The line it starts on.</param>
/// <param name="IncidentId">The incident it names (<c>incident.incidentId</c>), if any: that incident links to it.</param>
internal sealed record StoredRecord(
    string ForceCode,
    string CrimeRecordId,
    string UnitId,
    string? UnitType,
    bool RapeRecord,
    byte[] Blob,
    IReadOnlyList<MonitorEvent> Events,
    string Source,
    long Line,
    string? IncidentId = null);
