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
            _ when target == typeof(double) => value.ValueKind == JsonValueKind.Number ? Finite(value) : throw Expected("a number", value),
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

        // Exactly as written in records: a name in another case is a different word, not the same code.
        var text = value.GetString()!;
        var match = Enum.GetValues(type).Cast<Enum>().FirstOrDefault(member => string.Equals(EnumNames.Of(member), text, StringComparison.Ordinal));
        return match ?? throw new FormatException($"'{text}' is not a {type.Name} (expected one of {string.Join(", ", EnumNames.All(type))}, in capitals as written)");
    }

    /// <summary>A number that fits a double (JSON allows 1e400, which would read as infinity).</summary>
    private static double Finite(JsonElement value)
    {
        var number = value.GetDouble();
        return double.IsFinite(number) ? number : throw new FormatException($"{value.GetRawText()} is too large to be a number here");
    }

    /// <summary>Whether a type holds numbers that must lie in a declared range (int, number, their nullable forms, int[]).</summary>
    public static bool IsNumeric(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        target = target.IsArray ? target.GetElementType()! : target;
        return target == typeof(int) || target == typeof(double);
    }

    /// <summary>Checks a read value against a range; throws <see cref="FormatException"/> naming the range.</summary>
    public static void CheckRange(object? value, double minimum, double maximum)
    {
        switch (value)
        {
            case null:
                return;
            case int[] items:
                for (var i = 0; i < items.Length; i++)
                {
                    if (items[i] < minimum || items[i] > maximum)
                    {
                        throw new FormatException($"[{i}]: {items[i].ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside the allowed range {Range(minimum, maximum)}");
                    }
                }

                return;
            case int or double:
                var number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                if (number < minimum || number > maximum)
                {
                    throw new FormatException($"{number.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside the allowed range {Range(minimum, maximum)}");
                }

                return;
        }
    }

    private static string Range(double minimum, double maximum) =>
        $"{minimum.ToString(System.Globalization.CultureInfo.InvariantCulture)}…{maximum.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

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
        // The enums of the input models (records and incident logs) may type parameters; all of them
        // live in the record model's namespace, which comes before packs.
        foreach (var type in typeof(CrimeRecord).Assembly.GetExportedTypes().Where(t => t.IsEnum && t.Namespace == typeof(CrimeRecord).Namespace))
        {
            known[type.Name] = type;
            known[type.Name + "[]"] = type.MakeArrayType();
        }

        return known;
    }
}
