using System.Text.Json.Serialization;
using Compliance.Rules.Hosting.Contracts;

namespace Compliance.Server.Api;

/// <summary>The answer of <c>GET /v1/rules</c>.</summary>
/// <param name="RulePack">The pack that serves calls now.</param>
/// <param name="Rules">Every rule in pack order, disabled ones included.</param>
public sealed record RuleList(
    [property: JsonPropertyName("rulePack")] RulePackIdentity RulePack,
    [property: JsonPropertyName("rules")] IReadOnlyList<RuleSummary> Rules);
