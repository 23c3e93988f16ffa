using System.Text.Json;

namespace Compliance.Rules.Records;

/// <summary>
/// What the serializer cannot check on its own: <c>outcomes[].supersededAt</c> exists only from schema 1.1
/// (in a 1.0 record it is an unknown property), and an outcome cannot be superseded before it was assigned.
/// </summary>
internal static class RecordVersionRules
{
    /// <summary>Returns the record, or throws naming the JSON path of the problem.</summary>
    /// <param name="record">A parsed record.</param>
    /// <returns>The same record.</returns>
    /// <exception cref="RecordContentException">The record breaks one of the rules above.</exception>
    public static CrimeRecord Check(CrimeRecord record)
    {
        var outcomes = record.Outcomes ?? [];
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i]?.SupersededAt is not { } superseded)
            {
                continue;
            }

            if (record.SchemaVersion == "1.0")
            {
                throw new RecordContentException($"unknown property 'supersededAt': schema 1.0 has no such field (it exists from schema 1.1)", $"$.outcomes[{i}].supersededAt");
            }

            if (superseded < outcomes[i]!.AssignedAt)
            {
                throw new RecordContentException($"supersededAt {superseded:O} is earlier than assignedAt {outcomes[i]!.AssignedAt:O}", $"$.outcomes[{i}].supersededAt");
            }
        }

        return record;
    }
}

/// <summary>A record that parses but breaks a rule of its schema version; <see cref="JsonException.Path"/> names where.</summary>
/// <param name="message">What is wrong.</param>
/// <param name="path">The JSON path.</param>
public sealed class RecordContentException(string message, string path) : JsonException(message, path, null, null);
