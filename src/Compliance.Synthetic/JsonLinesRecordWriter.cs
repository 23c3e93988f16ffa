using System.Buffers;
using System.Text.Json;
using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// Writes records as JSON Lines: UTF-8 without a byte-order mark, one compact record per line,
/// each line ended by <c>\n</c>. Output is buffered in blocks of about 64 KiB, so memory does not
/// grow with the number of records; the stream is not closed.
/// </summary>
public sealed class JsonLinesRecordWriter : IDisposable
{
    private const int FlushThreshold = 64 * 1024;

    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold * 2);
    private readonly Utf8JsonWriter _json;
    private bool _disposed;

    /// <summary>Creates a writer on a stream.</summary>
    /// <param name="output">A writable stream; the writer does not close it.</param>
    public JsonLinesRecordWriter(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("the stream is not writable", nameof(output));
        }

        _output = output;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = false });
    }

    /// <summary>How many records have been written.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one record as one line.</summary>
    /// <param name="record">The record.</param>
    public void Write(CrimeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ObjectDisposedException.ThrowIf(_disposed, this);

        RecordJson.Write(_json, record);
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
