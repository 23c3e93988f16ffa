using System.Text.Json.Serialization;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Rules.Hosting.Contracts;

/// <summary>One rule broken by one record, as the audit report's <c>findings[]</c> writes it.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Severity">The severity after escalations and policy (written as its name, e.g. <c>"High"</c>).</param>
/// <param name="Message">What is wrong, with the evidence filled in (ids and codes only).</param>
/// <param name="Evidence">The evidence values in the rule's order.</param>
public sealed record Finding(
    [property: JsonPropertyName("ruleId")] string RuleId,
    [property: JsonPropertyName("severity")] Severity Severity,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("evidence"), JsonConverter(typeof(EvidenceJsonConverter))] IReadOnlyDictionary<string, object?> Evidence)
{
    /// <summary>The contract form of an engine finding.</summary>
    /// <param name="finding">The engine's finding.</param>
    /// <returns>The contract.</returns>
    public static Finding From(Engine.Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new Finding(finding.RuleId, finding.Severity, finding.Message, finding.Evidence);
    }
}
