using System.Collections.Concurrent;
using System.Text.Json;

namespace Compliance.Rules.Records;

/// <summary>The contract (UPPER_SNAKE) names of the models' enum values (records and incident logs), as the JSON models write them.</summary>
public static class EnumNames
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    /// <summary>The contract name of a value, e.g. <c>AviType.VictimRetraction</c> → <c>VICTIM_RETRACTION</c>.</summary>
    /// <param name="value">A value of a model enum.</param>
    /// <returns>Its name in the record JSON.</returns>
    public static string Of(Enum value) =>
        Cache.GetOrAdd(value, static v => JsonSerializer.Serialize(v, v.GetType(), OptionsFor(v.GetType())).Trim('"'));

    // The enums of the incident model are known to its own serializer context.
    private static JsonSerializerOptions OptionsFor(Type enumType) =>
        enumType.Namespace == typeof(Incidents.IncidentLog).Namespace ? Incidents.IncidentJson.Options : RecordJson.Options;

    /// <summary>Every contract name of a model enum, in declaration order.</summary>
    /// <param name="enumType">The enum type.</param>
    /// <returns>The names.</returns>
    public static IEnumerable<string> All(Type enumType) => Enum.GetValues(enumType).Cast<Enum>().Select(Of);
}
