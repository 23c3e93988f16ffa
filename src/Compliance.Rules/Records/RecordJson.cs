using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Compliance.Rules.Records;

/// <summary>
/// Source-generated serializer metadata for the record model. Strict by construction: unknown
/// properties, unknown enum names, integers for enums, nulls for non-nullable members, missing
/// required members and timestamps without an offset are all errors naming the JSON path.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowTrailingCommas = false,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    MaxDepth = RecordJson.MaxDepth,
    Converters = [typeof(StrictTimestampConverter)])]
[JsonSerializable(typeof(CrimeRecord))]
internal sealed partial class RecordJsonContext : JsonSerializerContext
{
}

/// <summary>Reading and writing single records as JSON.</summary>
public static class RecordJson
{
    /// <summary>
    /// The deepest nesting the model has is 4 (record → statements → statement → contentFlags →
    /// reasonsGiven); anything deeper than this cannot be a record and is refused before it costs
    /// stack or memory.
    /// </summary>
    public const int MaxDepth = 8;

    /// <summary>Metadata for <see cref="CrimeRecord"/>, for use with <see cref="JsonSerializer"/>.</summary>
    public static JsonTypeInfo<CrimeRecord> TypeInfo => RecordJsonContext.Default.CrimeRecord;

    /// <summary>Serializer options of the model (strict, camelCase, UPPER_SNAKE enums).</summary>
    public static JsonSerializerOptions Options => RecordJsonContext.Default.Options;

    /// <summary>Parses one record.</summary>
    /// <param name="utf8Json">The record as UTF-8 JSON.</param>
    /// <returns>The record.</returns>
    /// <exception cref="JsonException">The JSON is not a valid record; the message names the path.</exception>
    public static CrimeRecord Parse(ReadOnlySpan<byte> utf8Json) =>
        RecordVersionRules.Check(JsonSerializer.Deserialize(utf8Json, TypeInfo) ?? throw new JsonException("a record cannot be null"));

    /// <summary>Parses one record.</summary>
    /// <param name="json">The record as JSON text.</param>
    /// <returns>The record.</returns>
    /// <exception cref="JsonException">The JSON is not a valid record; the message names the path.</exception>
    public static CrimeRecord Parse(string json) =>
        RecordVersionRules.Check(JsonSerializer.Deserialize(json, TypeInfo) ?? throw new JsonException("a record cannot be null"));

    /// <summary>Writes one record as compact JSON (one line, as in a <c>.jsonl</c> file).</summary>
    /// <param name="record">The record.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(CrimeRecord record) => JsonSerializer.Serialize(record, TypeInfo);

    /// <summary>Writes one record to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="record">The record.</param>
    public static void Write(Utf8JsonWriter writer, CrimeRecord record) => JsonSerializer.Serialize(writer, record, TypeInfo);
}
