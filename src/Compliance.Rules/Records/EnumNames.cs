using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Compliance.Rules.Records;

/// <summary>The contract (UPPER_SNAKE) names of the models' enum values (records and incident logs), as the JSON models write them.</summary>
public static class EnumNames
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    /// <summary>The contract name of a value, e.g. <c>AviType.VictimRetraction</c> → <c>VICTIM_RETRACTION</c>.</summary>
    /// <param name="value">A value of a model enum.</param>
    /// <returns>Its name in the record JSON.</returns>
    public static string Of(Enum value) =>
        Cache.GetOrAdd(value, static v => NameOf(v));

    // An enum of another model (incident logs) is not in the record context: its name is made as
    // its converter makes it, from the member's JSON name or the UPPER_SNAKE naming policy.
    private static string NameOf(Enum value)
    {
        var type = value.GetType();

        // A model enum's converter names a declared member by its .NET name in UPPER_SNAKE case: that
        // name is made here directly. Asking the serializer gave the same names but compiled a serializer
        // and a converter for every enum first, a tenth of loading a pack (0.18 s of a 1 000-record
        // audit's 1.4 s; sampled profile, docs/benchmarks.md).
        if (type.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType is { IsGenericType: true } converter
            && converter.GetGenericTypeDefinition() == typeof(UpperSnakeEnumConverter<>)
            && Enum.IsDefined(type, value))
        {
            return JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());
        }

        if (RecordJson.Options.TryGetTypeInfo(type, out _))
        {
            return JsonSerializer.Serialize(value, type, RecordJson.Options).Trim('"');
        }

        var member = value.ToString();
        var attribute = type.GetField(member)?.GetCustomAttributes(typeof(JsonStringEnumMemberNameAttribute), false);
        return attribute is [JsonStringEnumMemberNameAttribute named, ..] ? named.Name : JsonNamingPolicy.SnakeCaseUpper.ConvertName(member);
    }

    /// <summary>Every contract name of a model enum, in declaration order.</summary>
    /// <param name="enumType">The enum type.</param>
    /// <returns>The names.</returns>
    public static IEnumerable<string> All(Type enumType) => Enum.GetValues(enumType).Cast<Enum>().Select(Of);
}
