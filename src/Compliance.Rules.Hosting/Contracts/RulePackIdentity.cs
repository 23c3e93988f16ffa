using System.Text.Json.Serialization;

namespace Compliance.Rules.Hosting.Contracts;

/// <summary>Exactly which rules produced a result: the pack's id, version and SHA-256 (with its policy, when one is applied).</summary>
/// <param name="Id">The pack's id.</param>
/// <param name="Version">The pack's version.</param>
/// <param name="Sha256">SHA-256 of the pack file, combined with the policy file when one is applied.</param>
/// <param name="Policy">The policy file applied, when any.</param>
public sealed record RulePackIdentity(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("policy")] string? Policy);
