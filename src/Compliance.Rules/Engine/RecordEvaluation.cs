using Compliance.Rules.Facts;
namespace Compliance.Rules.Engine;

/// <summary>The findings of one record at one as-of time.</summary>
/// <param name="CrimeRecordId">The record's id.</param>
/// <param name="UnitId">The owning unit, when known.</param>
/// <param name="Findings">Findings ordered by rule (pack order).</param>
/// <param name="Errors">Rules that could not be evaluated on this record (an expression failed at run time), after a record-level error with rule id <c>rulesEdition</c> when the record names an edition the pack does not have; empty normally.</param>
public sealed record RecordEvaluation(
    string CrimeRecordId,
    string? UnitId,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RuleEvaluationError> Errors)
{
    /// <summary>
    /// Every enabled record rule's status on this record, in pack order: fired, passed, not applicable,
    /// not in force (its timeline entry does not hold it on the day), or error. What a coverage count needs.
    /// </summary>
    public IReadOnlyList<RuleState> Rules { get; init; } = [];

    /// <summary>
    /// Whether a classification of the record has a Home Office code with no number part, or whose class is not in
    /// the pack's <c>knownOffenceCodes</c>: such a record may be grouped wrongly, so rules by offence group may miss it.
    /// </summary>
    public bool HasUnmatchedOffenceCode { get; init; }

    /// <summary>The facts the engine built for the record (the audit reuses them instead of rebuilding).</summary>
    internal RecordFacts? Facts { get; init; }
}

/// <summary>A rule whose expression failed on a record (for example a null the rule did not guard).</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Message">What failed.</param>
public sealed record RuleEvaluationError(string RuleId, string Message);

/// <summary>One rule's status on one record.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Status">Its status.</param>
public readonly record struct RuleState(string RuleId, RuleStatus Status);
