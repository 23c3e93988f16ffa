using System.Text.Json;
using System.Text.Json.Serialization;
using Compliance.Rules.Records;

namespace Compliance.Rules.Reading;

/// <summary>
/// The codes of an enum of the model as the serializer writes them (UPPER_SNAKE names, member name
/// overrides), matched on UTF-8 bytes; and the serializer's own converter for anything else.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal static class EnumCodes<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>The converter the model's serializer uses for <typeparamref name="TEnum"/>.</summary>
    public static readonly JsonConverter<TEnum> Converter = (JsonConverter<TEnum>)RecordJson.Options.GetTypeInfo(typeof(TEnum)).Converter;

    // Each code exactly as the converter writes it: the converter reads each back to the same member
    // (a round trip the record tests cover), so an exact match needs no call into it.
    private static readonly (byte[] Code, TEnum Value)[] Codes =
        [.. Enum.GetValues<TEnum>().Select(value => (JsonSerializer.SerializeToUtf8Bytes(value, RecordJson.Options)[1..^1], value))];

    /// <summary>The member of an unescaped code written exactly as the serializer writes it; false for anything else.</summary>
    public static bool TryMatch(ReadOnlySpan<byte> code, out TEnum value)
    {
        foreach (var (known, member) in Codes)
        {
            if (code.SequenceEqual(known))
            {
                value = member;
                return true;
            }
        }

        value = default;
        return false;
    }
}
