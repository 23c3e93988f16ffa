using System.Text.Json.Serialization;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Server.Api;

/// <summary>The body of <c>POST /v1/check-proposal</c>.</summary>
/// <param name="Current">The record as stored; null for a record being created.</param>
/// <param name="Proposed">The record with the change applied.</param>
/// <param name="AsOf">The as-of instant; the server's clock at the request when absent.</param>
/// <param name="BlockAt">The lowest severity that blocks the change; the configured one (High) when absent.</param>
public sealed record CheckProposalRequest(
    [property: JsonPropertyName("current")] CrimeRecord? Current,
    [property: JsonPropertyName("proposed")] CrimeRecord Proposed,
    [property: JsonPropertyName("asOf")] DateTimeOffset? AsOf,
    [property: JsonPropertyName("blockAt")] Severity? BlockAt);
