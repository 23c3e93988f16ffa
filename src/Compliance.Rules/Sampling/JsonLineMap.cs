using System.Text.Json;

namespace Compliance.Rules.Sampling;

/// <summary>
/// The line of every JSON path in a document. <see cref="JsonDocument"/> keeps no positions, so a
/// reader pass records where each property and array element starts; problems found later, while
/// checking values, can then name the line as well as the path.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, long> _lines = new(StringComparer.Ordinal);

    private JsonLineMap()
    {
    }

    /// <summary>The line of a path, or of its closest ancestor that has one.</summary>
    public long? LineOf(string path)
    {
        while (true)
        {
            if (_lines.TryGetValue(path, out var line))
            {
                return line;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return _lines.TryGetValue("$", out var root) ? root : null;
            }

            path = path[..cut];
        }
    }

    /// <summary>Maps a well-formed document (the caller has parsed it already).</summary>
    public static JsonLineMap Build(ReadOnlySpan<byte> json)
    {
        var map = new JsonLineMap();
        var newlines = new List<int>();
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'\n')
            {
                newlines.Add(i);
            }
        }

        long Line(long offset)
        {
            var index = newlines.BinarySearch((int)offset);
            return (index >= 0 ? index : ~index) + 1;
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var stack = new Stack<(string Path, bool IsArray, int Index)>();
        string? property = null;
        string ValuePath()
        {
            if (stack.Count == 0)
            {
                return "$";
            }

            var top = stack.Pop();
            if (!top.IsArray)
            {
                stack.Push(top);
                return property ?? top.Path;
            }

            stack.Push(top with { Index = top.Index + 1 });
            return $"{top.Path}[{top.Index}]";
        }

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = JsonPaths.Child(stack.Peek().Path, reader.GetString()!);
                    map._lines.TryAdd(property, Line(reader.TokenStartIndex));
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var path = ValuePath();
                    map._lines.TryAdd(path, Line(reader.TokenStartIndex));
                    stack.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    break;
                default:
                    map._lines.TryAdd(ValuePath(), Line(reader.TokenStartIndex));
                    break;
            }
        }

        return map;
    }
}
