using Compliance.Rules.Reading;

namespace Compliance.Rules.Auditing;

/// <summary>
/// Told of every input record of a <see cref="ComplianceAudit"/> as it is settled, in input order,
/// then of every incident log when the audit has incidents: report writers stream from it, so an
/// audit never holds its records or incidents.
/// </summary>
public interface IAuditObserver
{
    /// <summary>A record was evaluated (with or without findings).</summary>
    /// <param name="record">The record, where it was read, and what the engine said of it.</param>
    void Evaluated(AuditedRecord record);

    /// <summary>
    /// An input record could not be read and was not evaluated, or the input had a problem between
    /// records (<see cref="Rejection.IsRecord"/> false).
    /// </summary>
    /// <param name="rejection">Where it is and why (<see cref="Rejection.Detail"/>).</param>
    void Rejected(Rejection rejection);

    /// <summary>
    /// An incident log was evaluated (with or without findings), after every record; incidents come
    /// in input order. Does nothing unless implemented: an observer of crime records alone need not.
    /// </summary>
    /// <param name="incident">The incident, where it was read, and what the incident rules said of it.</param>
    void IncidentEvaluated(AuditedIncident incident)
    {
    }

    /// <summary>
    /// An input incident log could not be read and was not evaluated, or the incident input had a
    /// problem between incidents (<see cref="Rejection.IsRecord"/> false). Rejections of incidents
    /// are told as the incident input is read, before the first evaluated incident.
    /// </summary>
    /// <param name="rejection">Where it is and why.</param>
    void IncidentRejected(Rejection rejection)
    {
    }
}
