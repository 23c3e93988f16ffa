using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Compliance.Rules.Records;

/// <summary>
/// Reads ISO 8601 timestamps that carry an explicit offset (<c>Z</c> or <c>±hh:mm</c>) and writes
/// them back in the same form. A timestamp without an offset is an error: the serializer's default
/// would silently take the local zone of whatever machine runs the audit, and a deadline
/// computed from it could move by an hour. An instant outside <see cref="RecordInstants"/> is
/// an error too (calendar arithmetic on it could overflow).
/// </summary>
public sealed class StrictTimestampConverter : JsonConverter<DateTimeOffset>
{
    private static readonly string[] Formats =
    [
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'",
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz",
        "yyyy'-'MM'-'dd'T'HH':'mm'Z'",
        "yyyy'-'MM'-'dd'T'HH':'mmzzz",
    ];

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected a timestamp string (ISO 8601 with offset), found {Describe(reader.TokenType)}");
        }

        var text = reader.GetString()!;
        if (TryParse(text, out var value))
        {
            return RecordInstants.Contains(value)
                ? value
                : throw new JsonException($"'{Truncate(text)}' is out of range: a timestamp must be {RecordInstants.Described}");
        }

        throw new JsonException($"'{Truncate(text)}' is not an ISO 8601 timestamp with an offset (e.g. 2008-11-04T22:41:00Z or 2008-11-04T22:41:00+01:00)");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    /// <summary>Parses a timestamp with a mandatory offset.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The parsed instant with its offset.</param>
    /// <returns>Whether the text is a valid timestamp with an offset.</returns>
    public static bool TryParse(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    /// <summary>Formats a timestamp as the converter writes it (<c>Z</c> for UTC, else <c>±hh:mm</c>).</summary>
    /// <param name="value">The instant.</param>
    /// <returns>The ISO 8601 text.</returns>
    public static string Format(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
