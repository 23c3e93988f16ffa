using Compliance.Rules.Incidents;
using Compliance.Rules.Incidents.Evaluation;
using Compliance.Rules.Reading;

namespace Compliance.Cli.Explaining;

/// <summary>What <c>compliance explain --incident</c> shows of one incident: its evaluation and its links to crime records.</summary>
/// <param name="Incident">The incident as read.</param>
/// <param name="Evaluation">Every incident rule's status on it, with the findings and errors.</param>
/// <param name="Links">Each crime record linked to it either way, and each id it lists that no record of the input has.</param>
internal sealed record IncidentExplanation(ParsedIncident Incident, IncidentEvaluation Evaluation, IReadOnlyList<IncidentLinkView> Links)
{
    /// <summary>
    /// The links of a selection: the records found (in input order), then the rejected records linked
    /// to it whose id no accepted record has (in input order), then the listed ids not found at all
    /// (in the incident's order).
    /// </summary>
    public static IReadOnlyList<IncidentLinkView> LinksOf(IncidentLog incident, IReadOnlyList<ParsedRecord> records, IReadOnlyList<Rejection> rejectedRecords)
    {
        var listed = incident.LinkedCrimeRecordIds;
        var found = records
            .GroupBy(r => r.Record.CrimeRecordId, StringComparer.Ordinal)
            .Select(g => g.First())
            .Select(r => new IncidentLinkView(
                r.Record.CrimeRecordId,
                listed.Contains(r.Record.CrimeRecordId, StringComparer.Ordinal),
                string.Equals(r.Record.Incident.IncidentId, incident.IncidentId, StringComparison.Ordinal),
                r.Source,
                r.Line))
            .ToList();
        foreach (var rejection in rejectedRecords)
        {
            if (rejection.Id is { } id && !found.Any(f => f.CrimeRecordId == id))
            {
                var listedByIncident = listed.Contains(id, StringComparer.Ordinal);
                var namedByRecord = string.Equals(rejection.NamedIncidentId, incident.IncidentId, StringComparison.Ordinal);
                found.Add(new IncidentLinkView(id, listedByIncident, namedByRecord, rejection.Source, rejection.Line) { Rejected = true });
            }
        }

        foreach (var id in listed.Distinct(StringComparer.Ordinal).Where(id => !found.Any(f => f.CrimeRecordId == id)))
        {
            found.Add(new IncidentLinkView(id, true, false, null, null));
        }

        return found;
    }
}

/// <summary>One link of an incident to a crime record.</summary>
/// <param name="CrimeRecordId">The record's id.</param>
/// <param name="ListedByIncident">The incident lists it in <c>linkedCrimeRecordIds</c>.</param>
/// <param name="NamedByRecord">The record names the incident in <c>incident.incidentId</c>.</param>
/// <param name="Source">Where the record was read (or rejected); null when no record of the input has the id.</param>
/// <param name="Line">Its line; null when no record of the input has the id.</param>
internal sealed record IncidentLinkView(string CrimeRecordId, bool ListedByIncident, bool NamedByRecord, string? Source, long? Line)
{
    /// <summary>Whether a line of the record input has the id (accepted, or rejected: <see cref="Rejected"/>).</summary>
    public bool InInput => Source is not null;

    /// <summary>Whether the reader rejected the record: the rules that need it report errors for the incident.</summary>
    public bool Rejected { get; init; }
}
