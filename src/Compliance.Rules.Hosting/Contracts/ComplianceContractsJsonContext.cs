using System.Text.Json.Serialization;

namespace Compliance.Rules.Hosting.Contracts;

/// <summary>
/// Source-generated serialization of the result contracts (no reflection: trimming- and AOT-safe).
/// Property names are camelCase as in the audit report; severities are written as their names.
/// </summary>
[JsonSourceGenerationOptions(
    UseStringEnumConverter = true,
    WriteIndented = false,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(RecordEvaluation))]
[JsonSerializable(typeof(ProposalCheck))]
[JsonSerializable(typeof(RuleExplanation))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(RuleError))]
[JsonSerializable(typeof(RulePackIdentity))]
public sealed partial class ComplianceContractsJsonContext : JsonSerializerContext;
