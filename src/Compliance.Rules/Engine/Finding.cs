using Compliance.Rules.Records;
namespace Compliance.Rules.Engine;

/// <summary>A rule that fired, with the evidence that made it fire.</summary>
/// <param name="RuleId">The rule's stable id, e.g. <c>CANCEL-003</c>.</param>
/// <param name="Severity">The severity after escalations and policy.</param>
/// <param name="Message">What is wrong, with the evidence filled in (ids and codes, no free text).</param>
/// <param name="Citation">The source of the rule.</param>
/// <param name="Evidence">Named evidence values in the rule's order: strings, numbers, booleans, timestamps (<see cref="DateTimeOffset"/>), enum names (UPPER_SNAKE strings) or lists of these.</param>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Message,
    string Citation,
    IReadOnlyDictionary<string, object?> Evidence)
{
    /// <summary>
    /// The evidence the rule declares as free text (what people wrote: a rationale, a justification),
    /// in the rule's order; empty for most rules. Kept apart from <see cref="Evidence"/> so that
    /// whatever shows a finding leaves a record's free text out unless it was asked for it (the CLI's
    /// <c>--include-text</c>); the message never holds it.
    /// </summary>
    public IReadOnlyDictionary<string, object?> FreeTextEvidence { get; init; } = OrderedEvidence.Empty;
}
