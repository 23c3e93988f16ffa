namespace Compliance.Benchmarks.Subset;

/// <summary>An error the engine reported for a record instead of judging a rule (or, record-level, several rules).</summary>
/// <param name="RecordId">The record.</param>
/// <param name="RuleId">The rule, or the engine's record-level id (<c>rulesEdition</c>).</param>
/// <param name="Message">The engine's message, e.g. <c>unknown rulesEdition 'HOCR-1999'</c>.</param>
public readonly record struct SubsetError(string RecordId, string RuleId, string Message);
