using System.Text.Json.Serialization;

namespace Compliance.Server.Api;

/// <summary>The body of <c>/healthz</c> and <c>/readyz</c>.</summary>
/// <param name="Status"><c>Healthy</c>, <c>Degraded</c> (a reload failed; the previous pack serves) or <c>Unhealthy</c>.</param>
/// <param name="Description">What the check found.</param>
/// <param name="Data">The pack's id, version and sha256, and the reload problems when there are any.</param>
public sealed record HealthAnswer(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("data")] IReadOnlyDictionary<string, string> Data);
