using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Rules.Auditing;

/// <summary>What the incident side of an audit found, besides each incident's findings.</summary>
/// <param name="IncidentsEvaluated">Incidents accepted and evaluated.</param>
/// <param name="IncidentsRejected">Incidents rejected by the reader (incidents read = evaluated + rejected).</param>
/// <param name="InputProblems">Problems of the incident input between incidents (not incidents).</param>
/// <param name="OneSidedLinks">Links that only one side states (the incident lists the record, or the record names the incident).</param>
/// <param name="UnresolvedIncidentLinks">Crime-record ids incidents list that no record of the input has.</param>
/// <param name="Unresolved">The first of them (up to 1 000), as incident and record ids, in input order.</param>
/// <param name="Units">AUDIT-007 per incident unit, ordered by unit id (empty when the pack disables it).</param>
/// <param name="FindingsBySeverity">Incident findings per severity.</param>
/// <param name="Rules">Per incident rule, how many incidents it fired on, passed, did not apply to, could not judge (error) or was disabled for.</param>
public sealed record IncidentAuditSummary(
    long IncidentsEvaluated,
    long IncidentsRejected,
    long InputProblems,
    long OneSidedLinks,
    long UnresolvedIncidentLinks,
    IReadOnlyList<UnresolvedLink> Unresolved,
    IReadOnlyList<UnitAuditResult> Units,
    IReadOnlyDictionary<Severity, long> FindingsBySeverity,
    IReadOnlyDictionary<string, IReadOnlyDictionary<RuleStatus, long>> Rules)
{
    /// <summary>Incidents read: evaluated + rejected.</summary>
    public long IncidentsRead => IncidentsEvaluated + IncidentsRejected;

    /// <summary>Rejected incidents and problems of the incident input by <see cref="Reading.RejectionCode"/> name (ordinal order).</summary>
    public IReadOnlyDictionary<string, long> RejectedByCode { get; init; } = new SortedDictionary<string, long>(StringComparer.Ordinal);

    /// <summary>
    /// Of <see cref="UnresolvedIncidentLinks"/>, those of incidents received on a day the record input
    /// should cover (<see cref="IncidentAudit.RecordsCover"/>); 0 when no such days were given.
    /// </summary>
    public long UnresolvedIncidentLinksInCover { get; init; }

    /// <summary>Incidents with at least one finding.</summary>
    public long IncidentsWithFindings { get; init; }
}

