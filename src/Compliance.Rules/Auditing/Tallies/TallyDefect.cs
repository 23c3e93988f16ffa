namespace Compliance.Rules.Auditing.Tallies;

/// <summary>
/// A record the unit tallies or the monitoring series could not count (its evaluation stands; only
/// those figures leave it out), or an incident whose monitoring event could not be made: listed, so
/// that a unit's figures are never silently short of a record or an incident.
/// </summary>
/// <param name="CrimeRecordId">The record; empty for an incident (<see cref="IncidentId"/>).</param>
/// <param name="UnitId">The unit it would have counted for.</param>
/// <param name="Message">What failed and where: the exception's kind and <c>while counting the record for the unit audits</c>, <c>while collecting the record's monitoring events</c> or <c>while collecting the incident's monitoring events</c>; never a value of the record.</param>
public sealed record TallyDefect(string CrimeRecordId, string UnitId, string Message)
{
    /// <summary>The incident, when the defect is an incident's; null for a record.</summary>
    public string? IncidentId { get; init; }

    /// <summary>The defect of an incident whose monitoring event could not be made.</summary>
    /// <param name="incidentId">The incident.</param>
    /// <param name="unitId">Its unit.</param>
    /// <param name="message">What failed.</param>
    /// <returns>The defect.</returns>
    public static TallyDefect OfIncident(string incidentId, string unitId, string message) => new(string.Empty, unitId, message) { IncidentId = incidentId };
}
