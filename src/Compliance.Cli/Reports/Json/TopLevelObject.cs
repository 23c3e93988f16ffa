using System.Buffers;
using System.Text.Json;

namespace Compliance.Cli.Reports.Json;

/// <summary>
/// Writes the report's outer object by hand so that large arrays can be streamed in from spools
/// one compact element per line, while the small parts (pack, summary, units) are indented.
/// Indented parts are written by <see cref="Utf8JsonWriter"/> and shifted one level right; that is
/// safe because a line break inside JSON text only ever occurs between tokens (strings escape theirs).
/// </summary>
internal sealed class TopLevelObject(Stream output)
{
    private static readonly byte[] Indent = "  "u8.ToArray();
    private static readonly byte[] ElementIndent = "    "u8.ToArray();
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private bool _started;

    /// <summary>A property whose value <paramref name="write"/> writes with an indented writer.</summary>
    public void Property(string name, Action<Utf8JsonWriter> write)
    {
        StartProperty(name);
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, JsonValues.Indented))
        {
            write(writer);
        }

        var value = _buffer.WrittenSpan;
        int newline;
        while ((newline = value.IndexOf((byte)'\n')) >= 0)
        {
            output.Write(value[..(newline + 1)]);
            output.Write(Indent);
            value = value[(newline + 1)..];
        }

        output.Write(value);
    }

    /// <summary>An array property whose elements come from a spool, one per line.</summary>
    public void Array(string name, JsonLineSpool elements)
    {
        StartProperty(name);
        output.WriteByte((byte)'[');
        elements.CopyTo(output, ElementIndent);
        if (elements.Count > 0)
        {
            output.Write("\n"u8);
            output.Write(Indent);
        }

        output.WriteByte((byte)']');
    }

    /// <summary>Closes the object and ends the file with a line break.</summary>
    public void End()
    {
        output.Write(_started ? "\n}\n"u8 : "{}\n"u8);
        output.Flush();
    }

    private void StartProperty(string name)
    {
        output.Write(_started ? ",\n"u8 : "{\n"u8);
        _started = true;
        output.Write(Indent);
        // Escaped as the serializer would (its default encoder), without the serializer: that was its
        // reflection-based options built once per run, 5–10 ms at the end of an audit.
        output.WriteByte((byte)'"');
        output.Write(JsonEncodedText.Encode(name).EncodedUtf8Bytes);
        output.WriteByte((byte)'"');
        output.Write(": "u8);
    }
}
