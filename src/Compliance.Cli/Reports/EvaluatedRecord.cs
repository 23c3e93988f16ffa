using Compliance.Rules.Engine;

namespace Compliance.Cli.Reports;

/// <summary>A record as the reports see it: where it was read, what the engine said of it.</summary>
/// <param name="Source">The input it came from, as given.</param>
/// <param name="Line">The 1-based line on which it starts.</param>
/// <param name="Evaluation">Its findings and rule errors.</param>
/// <param name="Texts">Its free texts, only when <c>--include-text</c> was given and it has findings; otherwise empty.</param>
internal sealed record EvaluatedRecord(string Source, long Line, RecordEvaluation Evaluation, IReadOnlyList<RecordText> Texts)
{
    /// <summary>The unit the record belongs to, as the unit audits name it.</summary>
    public string UnitId => Evaluation.UnitId is { Length: > 0 } id ? id : Rules.Auditing.AuditAccumulator.UnassignedUnit;
}

/// <summary>One free-text field of a record.</summary>
/// <param name="Field">Where it is in the record (<c>cancellation.rationaleText</c>).</param>
/// <param name="Text">The text.</param>
internal sealed record RecordText(string Field, string Text);

/// <summary>An input record that was not evaluated.</summary>
/// <param name="Source">The input, as given.</param>
/// <param name="Line">The 1-based line on which it starts.</param>
/// <param name="Code">The reader's code for the problem (e.g. <c>InvalidRecord</c>).</param>
/// <param name="Error">What is wrong and where in the record.</param>
/// <param name="IsRecord">False for a problem of the input between records (a missing comma, input left unread): listed, not counted as a record.</param>
internal sealed record RejectedRecord(string Source, long Line, string Code, string Error, bool IsRecord = true);
