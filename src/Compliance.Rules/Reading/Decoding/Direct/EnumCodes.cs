using System.Reflection;
using System.Text;
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
    // Each code exactly as the converter writes it: the converter reads each back to the same member
    // (a round trip the record tests cover), so an exact match needs no call into it.
    private static readonly (byte[] Code, TEnum Value)[] Codes = Build();

    /// <summary>The converter the model's serializer uses for <typeparamref name="TEnum"/>.</summary>
    public static JsonConverter<TEnum> Converter => Fallback.Converter;

    /// <summary>The codes, in member order (tests compare them with what the serializer writes).</summary>
    internal static IReadOnlyList<(byte[] Code, TEnum Value)> Known => Codes;

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

    /// <summary>
    /// For an enum written by <see cref="UpperSnakeEnumConverter{TEnum}"/> (every enum of the model),
    /// its names are its members' names in UPPER_SNAKE, worked out the way that converter does; any
    /// other enum's codes are asked of the serializer, member by member.
    /// </summary>
    /// <remarks>
    /// Asking the serializer for every member of every enum was 14% of the strict read of 200 000
    /// records (sampled profile): each enum is a value type, so each compiles the serializer's
    /// generic paths and the converter's tables again before the first record is read. A plain loop
    /// over the boxed members, not LINQ: LINQ over (code, member) pairs compiled its iterators again
    /// for each of the 21 enums, a third of a 1 000-record read's start-up (sampled).
    /// </remarks>
    private static (byte[] Code, TEnum Value)[] Build()
    {
        var members = Enum.GetValues(typeof(TEnum));
        var upperSnake = typeof(TEnum).GetCustomAttribute<JsonConverterAttribute>()?.ConverterType == typeof(UpperSnakeEnumConverter<TEnum>);
        var codes = new (byte[] Code, TEnum Value)[members.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            var member = members.GetValue(i)!;
            var code = upperSnake
                ? Encoding.UTF8.GetBytes(JsonNamingPolicy.SnakeCaseUpper.ConvertName(member.ToString()!))
                : JsonSerializer.SerializeToUtf8Bytes(member, typeof(TEnum), RecordJson.Options)[1..^1];
            codes[i] = (code, (TEnum)member);
        }

        return codes;
    }

    /// <summary>Holds the converter, fetched only when a code is not matched exactly.</summary>
    private static class Fallback
    {
        public static readonly JsonConverter<TEnum> Converter = (JsonConverter<TEnum>)RecordJson.Options.GetTypeInfo(typeof(TEnum)).Converter;
    }
}
