using System.Globalization;
using System.Text.Json;
using Compliance.Rules.Records;

namespace Compliance.Rules.Sampling;

/// <summary>
/// Reads typed values out of a parsed document and collects a problem (file, line, JSON path) for
/// every unknown key, missing key and wrong type, instead of stopping at the first: a registrar
/// fixes a plan or a verdict file in one pass.
/// </summary>
internal sealed class JsonChecker
{
    private readonly JsonLineMap? _lines;
    private readonly long? _line;

    public JsonChecker(string source, JsonLineMap? lines, long? line = null)
    {
        Source = source;
        _lines = lines;
        _line = line;
    }

    public string Source { get; }

    public List<SamplingProblem> Problems { get; } = [];

    /// <summary>Parses a whole document; a syntax error becomes a problem with its line and column.</summary>
    public static JsonDocument? Parse(ReadOnlyMemory<byte> json, string source, long? line, List<SamplingProblem> problems)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            var reported = line ?? (e.LineNumber is { } l ? l + 1 : null);
            problems.Add(new SamplingProblem(source, string.IsNullOrEmpty(e.Path) ? "$" : e.Path, "not valid JSON: " + Clean(e.Message), reported, e.BytePositionInLine is { } p ? (int)p + 1 : null));
            return null;
        }
    }

    /// <summary>
    /// Opens a file that holds one JSON object (a plan, a sample): a leading UTF-8 byte order mark
    /// is skipped; a syntax error, or a root that is not an object of only <paramref name="allowed"/>
    /// keys, is thrown with its line.
    /// </summary>
    /// <exception cref="SamplingException">The file is not such an object.</exception>
    public static (JsonDocument Document, JsonChecker Check) OpenObject(ReadOnlyMemory<byte> json, string source, IReadOnlyCollection<string> allowed)
    {
        json = WithoutByteOrderMark(json);
        var problems = new List<SamplingProblem>();
        var document = Parse(json, source, null, problems) ?? throw new SamplingException(problems);
        var check = new JsonChecker(source, JsonLineMap.Build(json.Span));
        if (!check.Object(document.RootElement, "$", allowed))
        {
            document.Dispose();
            throw new SamplingException(check.Problems);
        }

        return (document, check);
    }

    /// <summary>The bytes after a leading UTF-8 byte order mark (exports from Windows tools often begin with one).</summary>
    public static ReadOnlyMemory<byte> WithoutByteOrderMark(ReadOnlyMemory<byte> json) =>
        json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? json[3..] : json;

    public void Error(string path, string message) =>
        Problems.Add(new SamplingProblem(Source, path, message, _line ?? _lines?.LineOf(path)));

    /// <summary>Checks that <paramref name="element"/> is an object with only the allowed keys.</summary>
    public bool Object(JsonElement element, string path, IReadOnlyCollection<string> allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path, $"expected an object, found {Kind(element)}");
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                var near = allowed.FirstOrDefault(a => string.Equals(a, property.Name, StringComparison.OrdinalIgnoreCase));
                Error(JsonPaths.Child(path, property.Name), near is null
                    ? $"unknown key \"{property.Name}\" (allowed: {string.Join(", ", allowed)})"
                    : $"unknown key \"{property.Name}\"; did you mean \"{near}\"?");
            }
        }

        return true;
    }

    public JsonElement? Value(JsonElement obj, string path, string name, bool required)
    {
        if (obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        if (required)
        {
            Error(JsonPaths.Child(path, name), $"\"{name}\" is required");
        }

        return null;
    }

    public string? String(JsonElement obj, string path, string name, bool required = false)
    {
        if (Value(obj, path, name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(JsonPaths.Child(path, name), $"expected a string, found {Kind(value)}");
            return null;
        }

        var text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Error(JsonPaths.Child(path, name), $"\"{name}\" is empty");
            return null;
        }

        return text;
    }

    public long? Integer(JsonElement obj, string path, string name, bool required = false, long min = 0)
    {
        if (Value(obj, path, name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            Error(JsonPaths.Child(path, name), $"expected a whole number, found {Kind(value)} {Raw(value)}");
            return null;
        }

        if (number < min)
        {
            Error(JsonPaths.Child(path, name), $"must be at least {min}, found {number}");
            return null;
        }

        return number;
    }

    public double? Number(JsonElement obj, string path, string name, bool required = false)
    {
        if (Value(obj, path, name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            Error(JsonPaths.Child(path, name), $"expected a number, found {Kind(value)} {Raw(value)}");
            return null;
        }

        return number;
    }

    public bool? Boolean(JsonElement obj, string path, string name, bool required = false)
    {
        if (Value(obj, path, name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Error(JsonPaths.Child(path, name), $"expected true or false, found {Kind(value)} {Raw(value)}");
            return null;
        }

        return value.GetBoolean();
    }

    public DateOnly? Date(JsonElement obj, string path, string name, bool required = false)
    {
        if (String(obj, path, name, required) is not { } text)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error(JsonPaths.Child(path, name), $"\"{text}\" is not a date (YYYY-MM-DD)");
            return null;
        }

        return date;
    }

    public DateTimeOffset? Timestamp(JsonElement obj, string path, string name, bool required = false)
    {
        if (String(obj, path, name, required) is not { } text)
        {
            return null;
        }

        if (!StrictTimestampConverter.TryParse(text, out var instant))
        {
            Error(JsonPaths.Child(path, name), $"\"{text}\" is not an ISO 8601 timestamp with an offset");
            return null;
        }

        return instant;
    }

    public JsonElement[]? Array(JsonElement obj, string path, string name, bool required = false)
    {
        if (Value(obj, path, name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(JsonPaths.Child(path, name), $"expected an array, found {Kind(value)}");
            return null;
        }

        return [.. value.EnumerateArray()];
    }

    public string[]? Strings(JsonElement obj, string path, string name, bool required = false)
    {
        if (Array(obj, path, name, required) is not { } items)
        {
            return null;
        }

        var result = new List<string>();
        var itemsPath = JsonPaths.Child(path, name);
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].ValueKind != JsonValueKind.String)
            {
                Error(JsonPaths.Element(itemsPath, i), $"expected a string, found {Kind(items[i])}");
                continue;
            }

            result.Add(items[i].GetString()!);
        }

        return [.. result];
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string Raw(JsonElement value) => value.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? string.Empty : value.GetRawText();

    private static string Clean(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
