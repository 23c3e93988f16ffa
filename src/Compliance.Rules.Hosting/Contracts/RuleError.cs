using System.Text.Json.Serialization;

namespace Compliance.Rules.Hosting.Contracts;

/// <summary>A rule that could not be evaluated on a record (every other rule was).</summary>
/// <param name="RuleId">The rule, when the error belongs to one.</param>
/// <param name="Code">A stable code (<c>rule-error</c> for a rule whose expression failed at run time).</param>
/// <param name="Message">What failed (the exception type and message of the failed expression; never a record's text).</param>
public sealed record RuleError(
    [property: JsonPropertyName("ruleId"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RuleId,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message)
{
    /// <summary>The code of a rule whose expression failed on a record.</summary>
    public const string RuleFailedCode = "rule-error";
}
