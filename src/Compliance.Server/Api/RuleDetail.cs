using System.Text.Json.Serialization;
using Compliance.Rules.Engine;
using Compliance.Rules.Hosting.Contracts;
using Compliance.Rules.Records;

namespace Compliance.Server.Api;

/// <summary>The answer of <c>GET /v1/rules/{id}</c>: the rule as listed, with its text, expressions and parameter values.</summary>
/// <param name="RulePack">The pack that serves calls now.</param>
/// <param name="Id">Stable id.</param>
/// <param name="Scope"><c>record</c> or <c>unit</c>.</param>
/// <param name="Enabled">Whether it runs.</param>
/// <param name="Severity">Base severity.</param>
/// <param name="Title">Short title.</param>
/// <param name="Citation">The source.</param>
/// <param name="Parameters">The pack parameters it reads (in its expressions, through the vocabulary, or in its built-in audit).</param>
/// <param name="Timelines">The names of the timelines it is judged by (none for a unit audit).</param>
/// <param name="Description">What it checks and why.</param>
/// <param name="AppliesWhen">Its applicability expression, when any.</param>
/// <param name="Condition">Its condition expression (record rules).</param>
/// <param name="ParameterValues">The values of <paramref name="Parameters"/> after the policy.</param>
public sealed record RuleDetail(
    [property: JsonPropertyName("rulePack")] RulePackIdentity RulePack,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("severity")] Severity Severity,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("citation")] string Citation,
    [property: JsonPropertyName("parameters")] IReadOnlyList<string> Parameters,
    [property: JsonPropertyName("timelines")] IReadOnlyList<string> Timelines,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("appliesWhen")] string? AppliesWhen,
    [property: JsonPropertyName("condition")] string? Condition,
    [property: JsonPropertyName("parameterValues"), JsonConverter(typeof(EvidenceJsonConverter))] IReadOnlyDictionary<string, object?> ParameterValues);
