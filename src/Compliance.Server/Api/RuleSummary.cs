using System.Text.Json.Serialization;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Server.Api;

/// <summary>One rule of the pack, as <c>GET /v1/rules</c> lists it.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Scope"><c>record</c> or <c>unit</c>.</param>
/// <param name="Enabled">Whether it runs (after the policy).</param>
/// <param name="Severity">Base severity (after the policy).</param>
/// <param name="Title">Short title.</param>
/// <param name="Citation">The source of the rule.</param>
/// <param name="Parameters">The names of the pack parameters it reads (in its expressions, through the vocabulary, or in its built-in audit).</param>
/// <param name="Timelines">The names of the timelines it is judged by (none for a unit audit).</param>
public sealed record RuleSummary(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("severity")] Severity Severity,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("citation")] string Citation,
    [property: JsonPropertyName("parameters")] IReadOnlyList<string> Parameters,
    [property: JsonPropertyName("timelines")] IReadOnlyList<string> Timelines);
