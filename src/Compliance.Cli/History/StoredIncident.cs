using Compliance.Rules.Auditing.Monitoring;

namespace Compliance.Cli.History;

/// <summary>What the store keeps of one evaluated incident log.</summary>
/// <param name="ForceCode">The incident's <c>force.code</c> (empty when it has none): with the id, its key.</param>
/// <param name="IncidentId">The incident's <c>incidentId</c>.</param>
/// <param name="UnitId">The incident unit it counts under.</param>
/// <param name="UnitType">The unit type it names, if any.</param>
/// <param name="Blob">Its normalised, compressed JSON.</param>
/// <param name="LinkedCrimeRecordIds">The crime records it lists (distinct).</param>
/// <param name="Event">Its <c>unanswered-incident</c> event, if it has one.</param>
/// <param name="DueAt">When the event is due (a run counts it when this is not after its as-of).</param>
/// <param name="Source">The input it was read from.</param>
/// <param name="Line">The line it starts on.</param>
internal sealed record StoredIncident(
    string ForceCode,
    string IncidentId,
    string UnitId,
    string? UnitType,
    byte[] Blob,
    IReadOnlyList<string> LinkedCrimeRecordIds,
    MonitorEvent? Event,
    DateTimeOffset? DueAt,
    string Source,
    long Line);
