using System.Collections;
using System.Globalization;
using System.Text.Json;
using Compliance.Rules.Records;

namespace Compliance.Rules.Engine;

/// <summary>
/// Writes evidence and unit metrics as JSON, one way for every output that carries them (the audit
/// report, the HTTP service): values are strings, numbers, booleans, timestamps (ISO 8601 with
/// offset), dates (<c>yyyy-MM-dd</c>), enum codes (UPPER_SNAKE) or lists of these; a number with no
/// JSON form (NaN, an infinity: an undefined rate) is written as null.
/// </summary>
public static class EvidenceJson
{
    /// <summary>Writes one value.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="value">An evidence or metric value (a <see cref="JsonElement"/> read back from JSON is written as it is).</param>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
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

    /// <summary>Writes named values as an object, in the order they are given (evidence and metrics are ordered).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="values">The named values.</param>
    public static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.WriteStartObject();
        foreach (var (name, value) in values)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }
}
