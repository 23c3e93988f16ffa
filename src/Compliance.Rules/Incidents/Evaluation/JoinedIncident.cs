namespace Compliance.Rules.Incidents.Evaluation;

/// <summary>
/// One accepted incident as the join hands it over: the incident, the link facts of the records
/// linked to it (either way; a rejected record among them), and its evaluation at the audit's as-of.
/// The links let a caller judge the same incident again at another instant (the monitoring metric
/// judges each incident at its closure plus the recording limit) without reading the records again.
/// </summary>
/// <param name="Incident">The incident as the reader gave it (source and line).</param>
/// <param name="Links">The link facts of its records, at most one per crime-record id.</param>
/// <param name="Evaluation">What the incident rules say of it at the audit's as-of.</param>
internal sealed record JoinedIncident(ParsedIncident Incident, IReadOnlyList<RecordLink> Links, IncidentEvaluation Evaluation);
