namespace Compliance.Rules.Engine;

/// <summary>Every record rule's verdict on one record.</summary>
/// <param name="CrimeRecordId">The record's id.</param>
/// <param name="AsOf">The as-of instant.</param>
/// <param name="Edition">The counting-rules entry at the report (or the one the record's <c>rulesEdition</c> names, as given when the pack does not know it).</param>
/// <param name="Rules">One entry per record rule of the pack (disabled ones included), in pack order.</param>
public sealed record RecordExplanation(
    string CrimeRecordId,
    DateTimeOffset AsOf,
    string Edition,
    IReadOnlyList<RuleVerdict> Rules);
