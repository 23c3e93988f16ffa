using System.Text.Json.Serialization;
using Compliance.Rules.Records;

namespace Compliance.Rules.Hosting.Contracts;

/// <summary>Every record rule of the pack and what it says of one record.</summary>
/// <param name="CrimeRecordId">The record's id.</param>
/// <param name="AsOf">The as-of instant used.</param>
/// <param name="RulePack">The pack of the engine snapshot that explained the record.</param>
/// <param name="Rules">One verdict per record rule, in pack order (disabled rules included).</param>
public sealed record RuleExplanation(
    [property: JsonPropertyName("crimeRecordId")] string CrimeRecordId,
    [property: JsonPropertyName("asOf"), JsonConverter(typeof(StrictTimestampConverter))] DateTimeOffset AsOf,
    [property: JsonPropertyName("rulePack")] RulePackIdentity RulePack,
    [property: JsonPropertyName("rules")] IReadOnlyList<RuleVerdict> Rules);
