using Compliance.Rules.Records;

namespace Compliance.Cli.Baselines;

/// <summary>A finding of the previous report: a record's (with its unit) or a unit's, its rule and severity.</summary>
/// <param name="CrimeRecordId">The record, for a record finding; null for a unit finding.</param>
/// <param name="UnitId">The unit: the record's unit, or the unit a unit finding is about.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Severity">Its severity then.</param>
internal sealed record BaselineFinding(string? CrimeRecordId, string? UnitId, string RuleId, Severity Severity);
