using Compliance.Rules.Auditing.Monitoring;

namespace Compliance.Rules.Auditing;

/// <summary>
/// What one incident log contributes to monitoring, and all a host needs to keep of it to run the
/// detectors again later without the incident (<see cref="MonitorReplay"/>): its unit, the unit type
/// it names, and its <c>unanswered-incident</c> event with the instant the event is due.
/// </summary>
/// <param name="UnitId">The incident unit it counts under (<c>owningUnit.unitId</c>, or the unassigned unit).</param>
/// <param name="UnitType">Its <c>owningUnit.unitType</c>, or null when it names none (types choose an incident unit's peers).</param>
/// <param name="DueAt">
/// When its event is due: its closure plus the recording limit of the closing day, the instant it is
/// judged at. A run whose as-of instant is earlier has no event of it. Null when it has no event.
/// </param>
/// <param name="Event">Its <c>unanswered-incident</c> event, whatever the as-of instant; null when it has none (open, not crime-indicative, or not judgeable).</param>
public sealed record MonitoredIncident(string UnitId, string? UnitType, DateTimeOffset? DueAt, MonitorEvent? Event)
{
    /// <summary>Whether a run at <paramref name="asOf"/> counts its event.</summary>
    /// <param name="asOf">The run's as-of instant.</param>
    /// <returns>True when it has an event due at or before <paramref name="asOf"/>.</returns>
    public bool HasEventAt(DateTimeOffset asOf) => Event is not null && DueAt is { } due && due <= asOf;
}
