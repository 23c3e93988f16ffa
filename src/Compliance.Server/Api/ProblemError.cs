using System.Text.Json.Serialization;

namespace Compliance.Server.Api;

/// <summary>One reason a request was refused: where in the request body, a stable code, and what is wrong.</summary>
/// <param name="Path">The JSON path relative to the request body (<c>$.record.incident.reportReceivedAt</c>), when known.</param>
/// <param name="Code">A stable code (<c>NotJson</c>, <c>InvalidRecord</c>, <c>InvalidValue</c>…).</param>
/// <param name="Message">What is wrong, in words someone can act on; never a value from the record.</param>
/// <param name="Line">The 1-based line in the request body, for syntax errors.</param>
public sealed record ProblemError(
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("line"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Line = null);
