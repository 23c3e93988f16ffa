using Compliance.Rules.Records;

namespace Compliance.Cli.Baselines;

/// <summary>A finding of the previous report: a record's or an incident's (with its unit) or a unit's, its rule and severity.</summary>
/// <param name="CrimeRecordId">The record, for a record finding; null otherwise.</param>
/// <param name="UnitId">The unit: the record's or incident's unit, or the unit a unit finding is about.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Severity">Its severity then.</param>
/// <param name="IncidentId">The incident, for an incident finding; null otherwise.</param>
internal sealed record BaselineFinding(string? CrimeRecordId, string? UnitId, string RuleId, Severity Severity, string? IncidentId = null)
{
    /// <summary>How reports name what the finding is about: <c>record</c>, <c>incident</c> or <c>unit</c>.</summary>
    public string Kind => CrimeRecordId is not null ? "record" : IncidentId is not null ? "incident" : "unit";
}
