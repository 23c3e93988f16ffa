using System.Text.Json.Serialization;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Rules.Hosting.Contracts;

/// <summary>What one rule says of one record.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Status"><c>fired</c>, <c>passed</c>, <c>notApplicable</c>, <c>disabled</c> or <c>error</c>.</param>
/// <param name="Severity">The finding's severity, when the rule fired.</param>
/// <param name="Evidence">The finding's evidence, when the rule fired.</param>
/// <param name="Error">Why the rule could not be evaluated, when it failed.</param>
/// <param name="Timelines">The timeline entries that governed the rule (<c>countingRules</c>: the counting-rules edition).</param>
public sealed record RuleVerdict(
    [property: JsonPropertyName("ruleId")] string RuleId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("severity"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Severity? Severity,
    [property: JsonPropertyName("evidence"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), JsonConverter(typeof(EvidenceJsonConverter))] IReadOnlyDictionary<string, object?>? Evidence,
    [property: JsonPropertyName("error"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error,
    [property: JsonPropertyName("timelines")] IReadOnlyDictionary<string, string> Timelines)
{
    /// <summary>The rule fired: a finding.</summary>
    public const string Fired = "fired";

    /// <summary>The rule applies and its condition does not hold.</summary>
    public const string Passed = "passed";

    /// <summary>The facts the rule needs are absent.</summary>
    public const string NotApplicable = "notApplicable";

    /// <summary>The policy disabled the rule.</summary>
    public const string Disabled = "disabled";

    /// <summary>An expression of the rule failed on the record.</summary>
    public const string Failed = "error";
}
