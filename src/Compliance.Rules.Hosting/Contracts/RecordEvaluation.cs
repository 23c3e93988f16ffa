using System.Text.Json.Serialization;
using Compliance.Rules.Records;

namespace Compliance.Rules.Hosting.Contracts;

/// <summary>The findings of one record, with the pack and as-of that produced them.</summary>
/// <param name="RulePack">The pack of the engine snapshot that evaluated the record.</param>
/// <param name="AsOf">The as-of instant used.</param>
/// <param name="CrimeRecordId">The record's id.</param>
/// <param name="UnitId">The owning unit, when known.</param>
/// <param name="Findings">The findings, in pack order.</param>
/// <param name="Errors">Rules that could not be evaluated on the record.</param>
public sealed record RecordEvaluation(
    [property: JsonPropertyName("rulePack")] RulePackIdentity RulePack,
    [property: JsonPropertyName("asOf"), JsonConverter(typeof(StrictTimestampConverter))] DateTimeOffset AsOf,
    [property: JsonPropertyName("crimeRecordId")] string CrimeRecordId,
    [property: JsonPropertyName("unitId")] string? UnitId,
    [property: JsonPropertyName("findings")] IReadOnlyList<Finding> Findings,
    [property: JsonPropertyName("errors")] IReadOnlyList<RuleError> Errors);
