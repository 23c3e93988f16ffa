using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Compliance.Rules.Records;

namespace Compliance.Rules.Reading;

/// <summary>
/// Rewrites the serializer's messages about a record that does not fit the model into sentences
/// for the person who fixes the export: no .NET type names, and for a wrong value what was
/// expected (the allowed codes of an enum) and what was found. Runs only for rejected records.
/// </summary>
internal static partial class ModelErrorReasons
{
    private const int QuotedValueLimit = 24;
    private static readonly ConcurrentDictionary<Type, string> EnumNames = new();

    /// <summary>A sentence for a model error in <paramref name="json"/>.</summary>
    public static string Describe(JsonException error, ReadOnlySpan<byte> json) => Describe(error, json, InputModel.CrimeRecords);

    /// <summary>A sentence for a model error in <paramref name="json"/>, an element of the given kind.</summary>
    public static string Describe(JsonException error, ReadOnlySpan<byte> json, InputModel model)
    {
        var message = JsonErrorPosition.MessageOf(error);
        if (UnknownProperty().Match(message) is { Success: true } unknown)
        {
            return $"unknown property '{unknown.Groups["name"].Value}': {(model.SchemaVersions.Count == 1 ? "schema" : "schemas")} {model.VersionsText} {(model.SchemaVersions.Count == 1 ? "has" : "have")} no such field (check its spelling and case)";
        }

        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            var names = missing.Groups["names"].Value;
            return names.Contains(',', StringComparison.Ordinal) ? $"missing required properties {names}" : $"missing required property {names}";
        }

        if (DuplicateProperty().Match(message) is { Success: true } duplicate)
        {
            return $"property '{duplicate.Groups["name"].Value}' is given twice in the same object: each property may appear once";
        }

        if (error.InnerException is InvalidOperationException { Message: var inner } && inner.Contains("UTF-16", StringComparison.Ordinal))
        {
            // The reader refuses an escape that is not valid UTF-16 (a lone surrogate such as \ud800).
            return "a string holds an invalid \\u escape (half of a UTF-16 surrogate pair without the other half): escapes must form valid UTF-16";
        }

        var expected = ExpectedTypeAt(error.Path, model);
        if (message.Contains("null value", StringComparison.Ordinal))
        {
            return expected is not null && IsList(expected) ? "null is not allowed here: write [] for an empty list, or leave the property out" : "null is not allowed here";
        }

        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) && expected is not null)
        {
            var enumType = Nullable.GetUnderlyingType(expected) ?? expected;
            return $"expected {Expectation(expected, model)}, found {Found(json, error.Path, quoteStrings: enumType.IsEnum, model)}";
        }

        return message;
    }

    private static Type? ExpectedTypeAt(string? path, InputModel model)
    {
        var segments = JsonPathSegments.Parse(path);
        if (segments is null)
        {
            return null;
        }

        var info = model.Root;
        var type = info.Type;
        foreach (var segment in segments)
        {
            Type? next = segment.IsIndex
                ? info.ElementType
                : info.Properties.FirstOrDefault(property => property.Name == segment.Name)?.PropertyType;
            if (next is null || !model.Options.TryGetTypeInfo(next, out var nextInfo))
            {
                return null;
            }

            type = next;
            info = nextInfo;
        }

        return type;
    }

    private static string Expectation(Type type, InputModel model)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type.IsEnum => $"one of {EnumNames.GetOrAdd(type, static (enumType, options) => NamesOf(enumType, options), model.Options)}",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "a whole number",
            _ when type == typeof(double) || type == typeof(decimal) || type == typeof(float) => "a number",
            _ when type == typeof(string) => "a string",
            _ when type == typeof(DateTimeOffset) => "a timestamp with an offset (e.g. 2008-11-04T22:41:00Z)",
            _ when type == typeof(DateOnly) => "a date (yyyy-mm-dd)",
            _ when IsList(type) => "an array",
            _ => "an object",
        };
    }

    private static bool IsList(Type type) => type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    private static string NamesOf(Type enumType, JsonSerializerOptions options) =>
        string.Join(", ", Enum.GetValues(enumType).Cast<object>().Select(value => JsonSerializer.Serialize(value, enumType, options).Trim('"')));

    private static string Found(ReadOnlySpan<byte> json, string? path, bool quoteStrings, InputModel model)
    {
        var segments = JsonPathSegments.Parse(path);
        if (segments is null)
        {
            return "something else";
        }

        try
        {
            using var document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = model.MaxDepth + 1 });
            var element = document.RootElement;
            foreach (var segment in segments)
            {
                if (segment.IsIndex ? element.ValueKind != JsonValueKind.Array || segment.Index >= element.GetArrayLength()
                                    : element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(segment.Name!, out _))
                {
                    return "something else";
                }

                element = segment.IsIndex ? element[segment.Index] : element.GetProperty(segment.Name!);
            }

            // Free text is never quoted back (reports hold codes, not names); a value meant as a code is.
            return element.ValueKind switch
            {
                JsonValueKind.String when quoteStrings => $"\"{Shorten(element.GetString()!)}\"",
                JsonValueKind.String => "a string",
                JsonValueKind.Number => Shorten(element.GetRawText()),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Null => "null",
                JsonValueKind.Array => "an array",
                _ => "an object",
            };
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            return "something else";
        }
    }

    private static string Shorten(string text) => text.Length <= QuotedValueLimit ? text : string.Concat(text.AsSpan(0, QuotedValueLimit), "…");

    [GeneratedRegex(@"^The JSON property '(?<name>.*)' could not be mapped to any \.NET member")]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"[Dd]uplicate (?:property|properties)[^']*'(?<name>[^']*)'")]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex(@"was missing required properties including: (?<names>.*?)\.?$")]
    private static partial Regex MissingRequired();
}
