using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Compliance.Rules.Records;

namespace Compliance.Rules.Incidents;

/// <summary>
/// Source-generated serializer metadata for the incident model, as strict as the record model's:
/// unknown properties, unknown enum names, integers for enums, nulls for non-nullable members,
/// missing required members, a property given twice and timestamps without an offset are errors
/// naming the JSON path.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowTrailingCommas = false,
    AllowDuplicateProperties = false,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    MaxDepth = IncidentJson.MaxDepth,
    Converters = [typeof(StrictTimestampConverter)])]
[JsonSerializable(typeof(IncidentLog))]
internal sealed partial class IncidentJsonContext : JsonSerializerContext
{
}

/// <summary>Reading and writing single incident logs as JSON.</summary>
public static class IncidentJson
{
    /// <summary>
    /// The deepest nesting the model has is 3 (incident → crimeDecision → credibleEvidenceToContrary
    /// → item); anything deeper than this cannot be an incident and is refused before it costs
    /// stack or memory.
    /// </summary>
    public const int MaxDepth = 6;

    /// <summary>Metadata for <see cref="IncidentLog"/>, for use with <see cref="JsonSerializer"/>.</summary>
    public static JsonTypeInfo<IncidentLog> TypeInfo => IncidentJsonContext.Default.IncidentLog;

    /// <summary>Serializer options of the model (strict, camelCase, UPPER_SNAKE enums).</summary>
    public static JsonSerializerOptions Options => IncidentJsonContext.Default.Options;

    /// <summary>Parses one incident log.</summary>
    /// <param name="utf8Json">The incident as UTF-8 JSON.</param>
    /// <returns>The incident.</returns>
    /// <exception cref="JsonException">The JSON is not a valid incident; the message names the path.</exception>
    public static IncidentLog Parse(ReadOnlySpan<byte> utf8Json) =>
        IncidentContentRules.Check(JsonSerializer.Deserialize(utf8Json, TypeInfo) ?? throw new JsonException("an incident cannot be null"));

    /// <summary>Parses one incident log.</summary>
    /// <param name="json">The incident as JSON text.</param>
    /// <returns>The incident.</returns>
    /// <exception cref="JsonException">The JSON is not a valid incident; the message names the path.</exception>
    public static IncidentLog Parse(string json) =>
        IncidentContentRules.Check(JsonSerializer.Deserialize(json, TypeInfo) ?? throw new JsonException("an incident cannot be null"));

    /// <summary>Writes one incident as compact JSON (one line, as in a <c>.jsonl</c> file).</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(IncidentLog incident) => JsonSerializer.Serialize(incident, TypeInfo);
}
