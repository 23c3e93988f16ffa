using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Compliance.Rules.Records;

/// <summary>
/// Reads and writes an enum as its UPPER_SNAKE name (<c>FrontCounter</c> ↔ <c>"FRONT_COUNTER"</c>),
/// exactly: a name in another case, with spaces around it, two names joined by a comma, or an
/// integer (as a number or a string) is refused. An export that writes enum ordinals would silently
/// change meaning when members are added, so the contract is names only.
/// </summary>
/// <remarks>
/// Not the serializer's own string-enum converter: that one reads <c>"C1, C2"</c> as the two values
/// combined bitwise (C2 here, or a value no member has) and trims spaces, and before refusing a
/// string it tests it with a regular expression under a 200 ms time-out, which a record read on a
/// heavily loaded machine overran (a <c>RegexMatchTimeoutException</c> ended a soak audit of a million
/// records): whether a record is read must never depend on the machine's load. A dictionary
/// lookup has no such limit.
/// </remarks>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class UpperSnakeEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(value => value, value => JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Reads a name; anything else is a <see cref="JsonException"/> that the serializer completes with the JSON path.</summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="typeToConvert">The enum type.</param>
    /// <param name="options">The serializer options.</param>
    /// <returns>The value.</returns>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Values.TryGetValue(reader.GetString()!, out var value) ? value : throw new JsonException();

    /// <summary>Writes the name of a declared value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The serializer options.</param>
    /// <exception cref="JsonException">The value is not a declared member (it has no name).</exception>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(NameOf(value));
    }

    /// <inheritdoc/>
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Values.TryGetValue(reader.GetString()!, out var value) ? value : throw new JsonException();

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(NameOf(value));
    }

    private static string NameOf(TEnum value) =>
        Names.TryGetValue(value, out var name) ? name : throw new JsonException($"{value} is not a {typeof(TEnum).Name}: only its named members can be written");
}
