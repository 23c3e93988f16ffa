using Compliance.Rules.Records;

namespace Compliance.Rules.Incidents;

/// <summary>
/// What the serializer cannot check on its own: no disclosure and no closure before the contact
/// reached the police, and a decision's disclosure indexes name disclosures of the log. Each is an
/// input error naming its JSON path, so the incident is rejected rather than judged on
/// impossible dates.
/// </summary>
internal static class IncidentContentRules
{
    /// <summary>Returns the incident, or throws naming the JSON path of the problem.</summary>
    /// <param name="incident">A parsed incident.</param>
    /// <returns>The same incident.</returns>
    /// <exception cref="RecordContentException">The incident breaks one of the rules above.</exception>
    public static IncidentLog Check(IncidentLog incident)
    {
        var disclosures = incident.Disclosures ?? [];
        for (var i = 0; i < disclosures.Count; i++)
        {
            if (disclosures[i] is { } disclosure && disclosure.DisclosedAt < incident.ReceivedAt)
            {
                throw new RecordContentException($"disclosedAt {disclosure.DisclosedAt:O} is earlier than receivedAt {incident.ReceivedAt:O}", $"$.disclosures[{i}].disclosedAt");
            }
        }

        if (incident.ClosedAt is { } closed && closed < incident.ReceivedAt)
        {
            throw new RecordContentException($"closedAt {closed:O} is earlier than receivedAt {incident.ReceivedAt:O}", "$.closedAt");
        }

        var indexes = incident.CrimeDecision?.DisclosureIndexes ?? [];
        for (var i = 0; i < indexes.Count; i++)
        {
            if (indexes[i] < 0 || indexes[i] >= disclosures.Count)
            {
                throw new RecordContentException($"disclosure index {indexes[i]} names no disclosure (the log has {disclosures.Count})", $"$.crimeDecision.disclosureIndexes[{i}]");
            }
        }

        return incident;
    }
}
