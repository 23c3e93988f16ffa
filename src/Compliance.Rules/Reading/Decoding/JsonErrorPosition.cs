using System.Text.Json;

namespace Compliance.Rules.Reading;

/// <summary>Turns the (line, byte in line) a <see cref="JsonException"/> reports into a byte offset, and its message into a sentence.</summary>
internal static class JsonErrorPosition
{
    /// <summary>The 0-based byte offset within <paramref name="json"/> of the error, when the exception says where.</summary>
    public static long? OffsetOf(JsonException error, ReadOnlySpan<byte> json)
    {
        if (error.LineNumber is not { } line || error.BytePositionInLine is not { } column)
        {
            return null;
        }

        // The serializer counts lines by '\n' from 0; find where line `line` starts.
        long lineStart = 0;
        for (long seen = 0; seen < line; seen++)
        {
            var next = json[(int)lineStart..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return null;
            }

            lineStart += next + 1;
        }

        return Math.Min(lineStart + column, json.Length);
    }

    /// <summary>The exception's message without the "Path: … | LineNumber: …" tail the serializer appends (those go in their own fields).</summary>
    public static string MessageOf(JsonException error)
    {
        var message = error.Message;
        foreach (var tail in (ReadOnlySpan<string>)[" Path: ", " LineNumber: "])
        {
            var cut = message.IndexOf(tail, StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[..cut];
            }
        }

        return message.Trim();
    }
}
