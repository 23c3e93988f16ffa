using System.Text.Json.Serialization;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Rules.Hosting.Contracts;

/// <summary>The decision on a proposed change to a record.</summary>
/// <param name="RulePack">The pack of the engine snapshot that checked the change.</param>
/// <param name="AsOf">The as-of instant used.</param>
/// <param name="CrimeRecordId">The proposed record's id.</param>
/// <param name="Acceptable">True when the change introduces no finding at or above <paramref name="BlockAt"/>.</param>
/// <param name="BlockAt">The lowest severity that blocks the change.</param>
/// <param name="Introduced">Findings the change introduces (new, or at a higher severity than before).</param>
/// <param name="Resolved">Findings of the current record that the change removes.</param>
/// <param name="DecisionId">The id of this decision in the decision log.</param>
public sealed record ProposalCheck(
    [property: JsonPropertyName("rulePack")] RulePackIdentity RulePack,
    [property: JsonPropertyName("asOf"), JsonConverter(typeof(StrictTimestampConverter))] DateTimeOffset AsOf,
    [property: JsonPropertyName("crimeRecordId")] string CrimeRecordId,
    [property: JsonPropertyName("acceptable")] bool Acceptable,
    [property: JsonPropertyName("blockAt")] Severity BlockAt,
    [property: JsonPropertyName("introduced")] IReadOnlyList<Finding> Introduced,
    [property: JsonPropertyName("resolved")] IReadOnlyList<Finding> Resolved,
    [property: JsonPropertyName("decisionId")] string DecisionId);
