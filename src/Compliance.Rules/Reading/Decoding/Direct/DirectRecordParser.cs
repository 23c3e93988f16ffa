using System.Text.Json;
using System.Text.Json.Serialization;
using Compliance.Rules.Records;

namespace Compliance.Rules.Reading;

/// <summary>
/// Reads one record straight from its UTF-8 bytes into the model with <see cref="Utf8JsonReader"/>:
/// no serializer state machine, no per-property strings, short repeated values shared. It accepts
/// only what the source-generated serializer (<see cref="RecordJson"/>) accepts, with the same
/// values, and gives up (null) on anything else — a name it does not know, an escape in a name, a
/// repeated or missing property, a value of the wrong kind, a null in a list, a list over the limit,
/// malformed JSON — so that the caller hands that record to the serializer, whose errors and paths
/// every rejection is worded from. Values whose rules are subtle (enum names, dates, uncommon
/// timestamps) go through the serializer's own converters.
/// </summary>
/// <remarks>
/// Measured on 200 000 generated records (docs/benchmarks.md): the serializer spent most of the read
/// in its constructor-argument path (the model's init-only, required properties) and in garbage
/// collection of 7 KB allocated per 2 KB record. One instance per decoder; not thread-safe.
/// </remarks>
internal sealed partial class DirectRecordParser
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = RecordJson.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private readonly int _maxListLength;
    private readonly Utf8StringPool _pool = new();

    /// <param name="maxListLength">The most entries a list may have here (longer lists are left to the caller's checks).</param>
    public DirectRecordParser(int maxListLength)
    {
        _maxListLength = maxListLength;
    }

    /// <summary>The record, or null when the serializer has to decide.</summary>
    /// <param name="json">One record (white space around it allowed), valid UTF-8.</param>
    public CrimeRecord? TryParse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !TryRecord(ref reader, out var record))
            {
                return null;
            }

            // Only white space may follow; anything else makes Read throw or return a token.
            return reader.Read() ? null : record;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// Moves to the next property of the current object and to its value.
    /// </summary>
    /// <returns>The property's index in <paramref name="names"/>; -1 at the end of the object; -2 to give up (an unknown, escaped or repeated name).</returns>
    private static int Next(ref Utf8JsonReader reader, PropertyNames names, ref int seen)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return (seen & names.RequiredMask) == names.RequiredMask ? -1 : -2;
        }

        if (reader.ValueIsEscaped)
        {
            return -2;
        }

        // The highest bit seen is usually the previous property (properties come in the model's order).
        var index = names.IndexOf(reader.ValueSpan, after: 31 - int.LeadingZeroCount(seen));
        if (index < 0 || (seen & (1 << index)) != 0)
        {
            return -2;
        }

        seen |= 1 << index;
        reader.Read();
        return index;
    }

    private bool TryString(ref Utf8JsonReader reader, bool nullable, bool pooled, out string? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return nullable;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        value = pooled && !reader.ValueIsEscaped && reader.ValueSpan.Length <= Utf8StringPool.MaxPooledBytes
            ? _pool.Get(reader.ValueSpan)
            : reader.GetString();
        return true;
    }

    private bool TryRequiredString(ref Utf8JsonReader reader, bool pooled, out string value)
    {
        var ok = TryString(ref reader, nullable: false, pooled, out var text);
        value = text!;
        return ok;
    }

    private static bool TryInt(ref Utf8JsonReader reader, bool nullable, out int? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return nullable;
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var number))
        {
            return false;
        }

        value = number;
        return true;
    }

    private static bool TryBool(ref Utf8JsonReader reader, bool nullable, out bool? value)
    {
        value = reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => null,
        };
        return value is not null || (nullable && reader.TokenType == JsonTokenType.Null);
    }

    private static bool TryTimestamp(ref Utf8JsonReader reader, bool nullable, out DateTimeOffset? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return nullable;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        if (!reader.ValueIsEscaped && CanonicalTimestamp.TryParse(reader.ValueSpan, out var parsed))
        {
            if (!RecordInstants.Contains(parsed))
            {
                return false;
            }

            value = parsed;
            return true;
        }

        // Not the common form: the converter's own rules (it throws on what it refuses).
        value = Converters.Timestamp.Read(ref reader, typeof(DateTimeOffset), RecordJson.Options);
        return true;
    }

    private static bool TryDate(ref Utf8JsonReader reader, bool nullable, out DateOnly? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return nullable;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        if (!reader.ValueIsEscaped && CanonicalDate.TryParse(reader.ValueSpan, out var date))
        {
            value = date;
            return true;
        }

        value = Converters.Date.Read(ref reader, typeof(DateOnly), RecordJson.Options);
        return true;
    }

    private static bool TryEnum<TEnum>(ref Utf8JsonReader reader, bool nullable, out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return nullable;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        value = !reader.ValueIsEscaped && EnumCodes<TEnum>.TryMatch(reader.ValueSpan, out var code)
            ? code
            : EnumCodes<TEnum>.Converter.Read(ref reader, typeof(TEnum), RecordJson.Options);
        return true;
    }

    /// <summary>Reads a list whose elements are read by <paramref name="element"/> from their first token.</summary>
    private bool TryList<T>(ref Utf8JsonReader reader, List<T> scratch, ElementReader<T> element, out IReadOnlyList<T> value)
    {
        value = [];
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        // Lists of one type never nest inside each other, so one scratch list per element type serves.
        scratch.Clear();
        while (true)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            if (reader.TokenType == JsonTokenType.Null || scratch.Count == _maxListLength || !element(this, ref reader, out var item))
            {
                return false;
            }

            scratch.Add(item);
        }

        // Lists of a record are short: a plain copy beats List.ToArray's general Array.Copy (12% of the read in the profile).
        if (scratch.Count == 0)
        {
            return true;
        }

        var items = new T[scratch.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = scratch[i];
        }

        value = items;
        return true;
    }

    /// <summary>
    /// The serializer's converters, fetched only when a value is not in its common form: fetching
    /// them configures the serializer's options for the whole model (the serializer context), a
    /// sixth of a 1 000-record read's start-up (sampled), which most runs never need.
    /// </summary>
    private static class Converters
    {
        public static readonly JsonConverter<DateTimeOffset> Timestamp = (JsonConverter<DateTimeOffset>)RecordJson.Options.GetTypeInfo(typeof(DateTimeOffset)).Converter;
        public static readonly JsonConverter<DateOnly> Date = (JsonConverter<DateOnly>)RecordJson.Options.GetTypeInfo(typeof(DateOnly)).Converter;
    }

    private delegate bool ElementReader<T>(DirectRecordParser parser, ref Utf8JsonReader reader, out T value);
}
