using Compliance.Rules.Incidents;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Cli.Explaining;

/// <summary>
/// One incident picked out of incident-log files by its id, and the crime records of the record files
/// linked to it either way (the incident lists the record, or the record names the incident); the
/// rejections met on the way, so none goes unmentioned. Only the linked records are kept.
/// </summary>
/// <param name="Incident">The first accepted incident with the id, or null when there is none.</param>
/// <param name="Records">The linked records with where each was read, in input order.</param>
/// <param name="Rejections">Incidents and records that could not be read.</param>
internal sealed record IncidentSelection(ParsedIncident? Incident, IReadOnlyList<ParsedRecord> Records, IReadOnlyList<Rejection> Rejections)
{
    /// <summary>Rejected records linked to the incident (their id is listed, or they name it), in input order.</summary>
    public IReadOnlyList<Rejection> RejectedRecords { get; init; } = [];

    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="ArgumentException">An extension is not one the readers know.</exception>
    public static IncidentSelection Read(IReadOnlyList<string> recordPaths, IReadOnlyList<string> incidentPaths, string incidentId)
    {
        var rejections = new List<Rejection>();
        var incident = Find(incidentPaths, incidentId, rejections);
        if (incident is null)
        {
            return new IncidentSelection(null, [], rejections);
        }

        var listed = incident.Incident.LinkedCrimeRecordIds.ToHashSet(StringComparer.Ordinal);
        var records = new List<ParsedRecord>();
        var rejectedRecords = new List<Rejection>();
        var reader = new RecordReader();
        foreach (var path in recordPaths)
        {
            using var source = RecordSource.Open(path);
            foreach (var result in reader.Read(source))
            {
                switch (result)
                {
                    case ParsedRecord parsed when IsLinked(parsed.Record, incidentId, listed):
                        records.Add(parsed);
                        break;
                    case Rejection rejection:
                        rejections.Add(rejection);
                        if (rejection.Id is { } id && (listed.Contains(id) || string.Equals(rejection.NamedIncidentId, incidentId, StringComparison.Ordinal)))
                        {
                            rejectedRecords.Add(rejection);
                        }

                        break;
                }
            }
        }

        return new IncidentSelection(incident, records, rejections) { RejectedRecords = rejectedRecords };
    }

    private static bool IsLinked(CrimeRecord record, string incidentId, HashSet<string> listed) =>
        listed.Contains(record.CrimeRecordId) || string.Equals(record.Incident.IncidentId, incidentId, StringComparison.Ordinal);

    private static ParsedIncident? Find(IReadOnlyList<string> paths, string incidentId, List<Rejection> rejections)
    {
        var reader = new IncidentReader();
        foreach (var path in paths)
        {
            using var source = RecordSource.Open(path);
            foreach (var result in reader.Read(source))
            {
                switch (result)
                {
                    case ParsedIncident parsed when string.Equals(parsed.Incident.IncidentId, incidentId, StringComparison.Ordinal):
                        // The first incident with the id, as an audit keeps it.
                        return parsed;
                    case Rejection rejection:
                        rejections.Add(rejection);
                        break;
                }
            }
        }

        return null;
    }
}
