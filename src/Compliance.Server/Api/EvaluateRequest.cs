using System.Text.Json.Serialization;
using Compliance.Rules.Records;

namespace Compliance.Server.Api;

/// <summary>The body of <c>POST /v1/evaluate</c> and <c>POST /v1/explain</c>.</summary>
/// <param name="Record">The record, in the strict record model.</param>
/// <param name="AsOf">The as-of instant (ISO 8601 with offset); the server's clock at the request when absent.</param>
public sealed record EvaluateRequest(
    [property: JsonPropertyName("record")] CrimeRecord Record,
    [property: JsonPropertyName("asOf")] DateTimeOffset? AsOf);
