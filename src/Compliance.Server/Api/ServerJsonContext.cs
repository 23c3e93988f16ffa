using System.Text.Json.Serialization;

namespace Compliance.Server.Api;

/// <summary>Source-generated serialization of the server's own answers and request documents.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(RuleList))]
[JsonSerializable(typeof(RuleDetail))]
[JsonSerializable(typeof(ProblemError))]
[JsonSerializable(typeof(IReadOnlyList<ProblemError>))]
[JsonSerializable(typeof(EvaluateRequest))]
[JsonSerializable(typeof(CheckProposalRequest))]
[JsonSerializable(typeof(HealthAnswer))]
internal sealed partial class ServerJsonContext : JsonSerializerContext;
