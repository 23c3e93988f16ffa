using System.Buffers;
using System.Text.Json;

namespace Compliance.Synthetic;

/// <summary>
/// The JSON Lines output both generator writers share: UTF-8 without a byte-order mark, one compact
/// value per line ended by <c>\n</c>, buffered in blocks of about 64 KiB so memory does not grow with
/// the number of lines; the stream is flushed but never closed.
/// </summary>
internal sealed class JsonLinesBuffer : IDisposable
{
    private const int FlushThreshold = 64 * 1024;

    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold * 2);
    private readonly Utf8JsonWriter _json;
    private bool _disposed;

    /// <summary>Creates the buffer on a writable stream.</summary>
    /// <param name="output">A writable stream; it is not closed.</param>
    public JsonLinesBuffer(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("the stream is not writable", nameof(output));
        }

        _output = output;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = false });
    }

    /// <summary>How many lines have been written.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one value as one line.</summary>
    /// <param name="write">Writes the value with the writer it is given.</param>
    public void WriteLine(Action<Utf8JsonWriter> write)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        write(_json);
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

    /// <summary>Writes everything buffered to the stream and flushes it.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Drain();
        _output.Flush();
    }

    /// <summary>Flushes what is buffered; the stream stays open.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        Drain();
        _output.Flush();
        _json.Dispose();
        _disposed = true;
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
