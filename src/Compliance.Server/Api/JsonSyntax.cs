using System.Text.Json;

namespace Compliance.Server.Api;

/// <summary>
/// Finds where a request body stops being well-formed JSON, as a JSON path relative to the body
/// (<c>$.record.incident.reportReceivedAt</c>) and a line, by reading it again token by token and
/// keeping the path of the token being read: the parser itself reports only a byte position.
/// </summary>
internal static class JsonSyntax
{
    public static (string Path, long Line, string Message) Locate(ReadOnlySpan<byte> json)
    {
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = frames[^1] with { Name = reader.GetString() };
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Advance(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        Advance(frames);
                        break;
                }
            }

            return (PathOf(frames), 1, "the body is not valid JSON");
        }
        catch (JsonException e)
        {
            return (PathOf(frames), (e.LineNumber ?? 0) + 1, Describe(e.Message));
        }
    }

    private static void Advance(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
        }
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = new System.Text.StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray && frame.Index >= 0)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else if (!frame.IsArray && frame.Name is { } name)
            {
                path.Append('.').Append(name);
            }
        }

        return path.ToString();
    }

    /// <summary>The reader's sentence without its position suffix (the path and line say where).</summary>
    private static string Describe(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd('.', ' ');
    }

    private readonly record struct Frame(bool IsArray, int Index, string? Name);
}
