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

/// <summary>A rule whose expression failed on a record (for example a null the rule did not guard, a division by zero).</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Message">What failed: the exception's kind and the part of the rule (<c>DivideByZeroException in evidence 'ratio'</c>); never a value of the record.</param>
public sealed record RuleEvaluationError(string RuleId, string Message)
{
    /// <summary>The .NET exception's type name (<c>NullReferenceException</c>), when an expression threw.</summary>
    public string? ExceptionKind { get; init; }
}
