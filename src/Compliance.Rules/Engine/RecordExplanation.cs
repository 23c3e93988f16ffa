namespace Compliance.Rules.Engine;

/// <summary>Every enabled record rule's verdict on one record.</summary>
/// <param name="CrimeRecordId">The record's id.</param>
/// <param name="AsOf">The as-of instant.</param>
/// <param name="Edition">The counting-rules entry at the report (or the one the record's <c>rulesEdition</c> names, as given when the pack does not know it).</param>
/// <param name="Rules">One entry per enabled record rule, in pack order.</param>
public sealed record RecordExplanation(
    string CrimeRecordId,
    DateTimeOffset AsOf,
    string Edition,
    IReadOnlyList<RuleVerdict> Rules);

/// <summary>What one rule says of one record.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Status">Fired, passed, not applicable, not in force, or error.</param>
/// <param name="Finding">The finding when it fired.</param>
/// <param name="Error">Why it could not be evaluated, when it failed.</param>
/// <param name="Reason">Why it is not in force, when it is not (e.g. <c>before VRR-2015</c>, <c>not in force</c>).</param>
public sealed record RuleVerdict(string RuleId, RuleStatus Status, Finding? Finding, string? Error = null, string? Reason = null);

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

    /// <summary>The rule was not in force for the record: its timeline entry does not hold it (no N100 yet, no right to review yet), or its governing instant is before the timeline's first entry.</summary>
    NotInForce,
}
