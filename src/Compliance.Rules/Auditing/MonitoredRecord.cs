using Compliance.Rules.Auditing.Monitoring;

namespace Compliance.Rules.Auditing;

/// <summary>
/// What one audited record contributes to monitoring, and all a host needs to keep of it to run the
/// detectors again later without the record (<see cref="MonitorReplay"/>): a few dozen bytes per
/// event instead of the record.
/// </summary>
/// <param name="UnitId">The unit it counts under (as <see cref="AuditedRecord.UnitId"/>).</param>
/// <param name="UnitType">Its <c>owningUnit.unitType</c>, or null when it names none (types choose a unit's peers).</param>
/// <param name="IsRapeRecord">Whether it is a rape record (rape records choose the peers of a specialist unit).</param>
/// <param name="Events">Its monitoring events, in metric order; often none.</param>
public sealed record MonitoredRecord(string UnitId, string? UnitType, bool IsRapeRecord, IReadOnlyList<MonitorEvent> Events);
