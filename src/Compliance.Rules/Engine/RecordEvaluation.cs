using Compliance.Rules.Facts;
namespace Compliance.Rules.Engine;

/// <summary>The findings of one record at one as-of time.</summary>
/// <param name="CrimeRecordId">The record's id.</param>
/// <param name="UnitId">The owning unit, when known.</param>
/// <param name="Findings">Findings ordered by rule (pack order).</param>
/// <param name="Errors">Rules that could not be evaluated on this record (an expression failed at run time); empty normally.</param>
public sealed record RecordEvaluation(
    string CrimeRecordId,
    string? UnitId,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RuleEvaluationError> Errors)
{
    /// <summary>The facts the engine built for the record (the audit reuses them instead of rebuilding).</summary>
    internal RecordFacts? Facts { get; init; }
}

/// <summary>A rule whose expression failed on a record (for example a null the rule did not guard).</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Message">What failed.</param>
public sealed record RuleEvaluationError(string RuleId, string Message);
