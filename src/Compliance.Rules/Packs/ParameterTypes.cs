using System.Text.Json;
using Compliance.Rules.Records;

namespace Compliance.Rules.Packs;

/// <summary>The parameter types a pack may declare, and reading their JSON values.</summary>
internal static class ParameterTypes
{
    private static readonly Dictionary<string, Type> Known = BuildKnown();

    /// <summary>The CLR type of a declared type name, or null when it is unknown.</summary>
    public static Type? Resolve(string name) => Known.GetValueOrDefault(name);

    /// <summary>The type names a pack may use.</summary>
    public static IEnumerable<string> Names => Known.Keys.Order(StringComparer.Ordinal);

    /// <summary>Reads a value of the given type; throws <see cref="FormatException"/> naming what was expected.</summary>
    public static object? Read(JsonElement value, Type type)
    {
        var nullable = Nullable.GetUnderlyingType(type);
        if (value.ValueKind == JsonValueKind.Null)
        {
            return nullable is not null ? null : throw new FormatException("null is not allowed here");
        }

        var target = nullable ?? type;
        if (target.IsArray)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"expected an array, found {Describe(value)}");
            }

            var element = target.GetElementType()!;
            var array = Array.CreateInstance(element, value.GetArrayLength());
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                try
                {
                    array.SetValue(Read(item, element), i);
                }
                catch (FormatException e)
                {
                    throw new FormatException($"[{i}]: {e.Message}");
                }

                i++;
            }

            return array;
        }

        return target switch
        {
            _ when target == typeof(int) => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : throw Expected("a whole number", value),
            _ when target == typeof(double) => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : throw Expected("a number", value),
            _ when target == typeof(bool) => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : throw Expected("true or false", value),
            _ when target == typeof(string) => value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Expected("a string", value),
            _ when target == typeof(DateOnly) => value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", out var d) ? d : throw Expected("an ISO date (yyyy-MM-dd)", value),
            _ when target.IsEnum => ReadEnum(value, target),
            _ => throw new FormatException($"unsupported type {target.Name}"),
        };
    }

    private static object ReadEnum(JsonElement value, Type type)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw Expected($"a {type.Name} name", value);
        }

        try
        {
            return JsonSerializer.Deserialize(value, type, RecordJson.Options)!;
        }
        catch (JsonException)
        {
            throw new FormatException($"'{value.GetString()}' is not a {type.Name} (expected one of {string.Join(", ", EnumNames.All(type))})");
        }
    }

    private static FormatException Expected(string what, JsonElement found) => new($"expected {what}, found {Describe(found)}");

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{value.GetString()}\"",
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    private static Dictionary<string, Type> BuildKnown()
    {
        var known = new Dictionary<string, Type>(StringComparer.Ordinal)
        {
            ["int"] = typeof(int),
            ["int?"] = typeof(int?),
            ["number"] = typeof(double),
            ["number?"] = typeof(double?),
            ["bool"] = typeof(bool),
            ["string"] = typeof(string),
            ["string[]"] = typeof(string[]),
            ["int[]"] = typeof(int[]),
            ["date[]"] = typeof(DateOnly[]),
        };
        foreach (var type in typeof(CrimeRecord).Assembly.GetExportedTypes().Where(t => t.IsEnum && t.Namespace == typeof(CrimeRecord).Namespace))
        {
            known[type.Name] = type;
            known[type.Name + "[]"] = type.MakeArrayType();
        }

        return known;
    }
}
