using System.Text.Json;
using System.Text.Json.Serialization;
using Compliance.Rules.Engine;

namespace Compliance.Rules.Hosting.Contracts;

/// <summary>
/// Writes evidence as the audit report does: an object in the rule's order whose values are strings,
/// numbers, booleans, timestamps (ISO 8601 with offset), enum codes (UPPER_SNAKE) or lists of these.
/// Reads it back as JSON elements, since a client cannot know the CLR type a rule produced.
/// </summary>
internal sealed class EvidenceJsonConverter : JsonConverter<IReadOnlyDictionary<string, object?>>
{
    public override IReadOnlyDictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("evidence must be an object");
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind == JsonValueKind.Null ? null : property.Value.Clone();
        }

        return values;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> value, JsonSerializerOptions options) =>
        EvidenceJson.WriteObject(writer, value);
}
