namespace Compliance.Rules.Engine;

/// <summary>Every enabled record rule's verdict on one record.</summary>
/// <param name="CrimeRecordId">The record's id.</param>
/// <param name="AsOf">The as-of instant.</param>
/// <param name="Edition">The counting-rules edition applied.</param>
/// <param name="Rules">One entry per enabled record rule, in pack order.</param>
public sealed record RecordExplanation(
    string CrimeRecordId,
    DateTimeOffset AsOf,
    string Edition,
    IReadOnlyList<RuleVerdict> Rules);

/// <summary>What one rule says of one record.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Status">Fired, passed or not applicable.</param>
/// <param name="Finding">The finding when it fired.</param>
/// <param name="Error">Why it could not be evaluated, when it failed.</param>
public sealed record RuleVerdict(string RuleId, RuleStatus Status, Finding? Finding, string? Error = null);

/// <summary>A rule's verdict on a record.</summary>
public enum RuleStatus
{
    /// <summary>The rule applies and its condition holds: a finding.</summary>
    Fired,

    /// <summary>The rule applies and its condition does not hold.</summary>
    Passed,

    /// <summary>The facts the rule needs are absent.</summary>
    NotApplicable,

    /// <summary>An expression failed at run time.</summary>
    Error,
}
