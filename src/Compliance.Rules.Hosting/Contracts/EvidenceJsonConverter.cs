using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Compliance.Rules.Records;

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

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, item) in value)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, item);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case double:
                // NaN and infinities have no JSON form: undefined is written as null, as in the report.
                writer.WriteNullValue();
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case DateTimeOffset t:
                writer.WriteStringValue(StrictTimestampConverter.Format(t));
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture));
                break;
            case Enum e:
                writer.WriteStringValue(EnumNames.Of(e));
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case IFormattable f:
                writer.WriteStringValue(f.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }
}
