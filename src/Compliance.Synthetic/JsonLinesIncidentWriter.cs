using System.Buffers;
using System.Text.Json;
using Compliance.Rules.Incidents;

namespace Compliance.Synthetic;

/// <summary>
/// Writes incident logs as JSON Lines, as <see cref="JsonLinesRecordWriter"/> writes records:
/// UTF-8 without a byte-order mark, one compact log per line ended by <c>\n</c>, buffered in blocks
/// of about 64 KiB; the stream is not closed.
/// </summary>
internal sealed class JsonLinesIncidentWriter : IDisposable
{
    private const int FlushThreshold = 64 * 1024;

    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold * 2);
    private readonly Utf8JsonWriter _json;

    public JsonLinesIncidentWriter(Stream output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = false });
    }

    /// <summary>How many logs have been written.</summary>
    public long Count { get; private set; }

    public void Write(IncidentLog incident)
    {
        JsonSerializer.Serialize(_json, incident, IncidentJson.TypeInfo);
        _json.Flush();
        _json.Reset();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        Count++;
        if (_buffer.WrittenCount >= FlushThreshold)
        {
            Drain();
        }
    }

    public void Flush()
    {
        Drain();
        _output.Flush();
    }

    public void Dispose()
    {
        Drain();
        _json.Dispose();
    }

    private void Drain()
    {
        if (_buffer.WrittenCount == 0)
        {
            return;
        }

        _output.Write(_buffer.WrittenSpan);
        _buffer.Clear();
    }
}
